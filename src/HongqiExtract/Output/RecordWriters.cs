using HongqiExtract.Documents;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HongqiExtract.Output;

/// <summary>Writes records in the contract's file formats, field by field from <see cref="RecordSchema"/>: JSON Lines and CSV (UTF-8, header row, RFC 4180).</summary>
public static class RecordWriters
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one JSON object per record, one per line.</summary>
    /// <param name="records">The records.</param>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    public static void WriteJsonLines(IEnumerable<IndicatorRecord> records, Stream output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, JsonOptions);
        foreach (var r in records)
        {
            writer.Reset(output);
            writer.WriteStartObject();
            foreach (var field in RecordSchema.Fields) field.WriteJson(writer, r);
            writer.WriteEndObject();
            writer.Flush();
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>Writes the CSV header row.</summary>
    /// <param name="output">Where the text goes.</param>
    public static void WriteCsvHeader(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(',', RecordSchema.FieldNames));
        output.Write("\r\n");
    }

    /// <summary>Writes records as CSV rows (RFC 4180: CRLF, quotes doubled, fields quoted when needed).</summary>
    /// <param name="records">The records.</param>
    /// <param name="output">Where the text goes.</param>
    public static void WriteCsvRows(IEnumerable<IndicatorRecord> records, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var r in records)
        {
            var fields = RecordSchema.Fields;
            for (int i = 0; i < fields.Count; i++)
            {
                if (i > 0) output.Write(',');
                output.Write(Quote(fields[i].FormatCsv(r)));
            }
            output.Write("\r\n");
        }
    }

    /// <summary>The contract's lower-case name of a qualifier or kind.</summary>
    /// <param name="value">An enum value.</param>
    public static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>A decimal without trailing zeros (377.90 → 377.9), so files show plain numbers.</summary>
    /// <param name="value">The value.</param>
    public static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>A CSV field as RFC 4180 writes it: quoted where it holds a comma, quote or line break.</summary>
    internal static string Quote(string? field)
    {
        if (field is null) return "";
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) return field;
        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A writer for UTF-8 without a byte-order mark, as the files' consumers expect.</summary>
    /// <param name="stream">The stream to write to.</param>
    public static StreamWriter Utf8Writer(Stream stream) => new(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
}
