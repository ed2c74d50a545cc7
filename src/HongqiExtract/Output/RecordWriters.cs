using HongqiExtract.Documents;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HongqiExtract.Output;

/// <summary>Writes records in the contract's file formats: JSON Lines and CSV (UTF-8, header row, RFC 4180).</summary>
public static class RecordWriters
{
    /// <summary>The contract's field names, in file order.</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "doc", "ordinal", "name", "value", "value_high", "unit", "scale", "normalized_value", "normalized_unit", "qualifier", "kind",
        "from_value", "from_normalized_value", "period_start", "period_end", "base_year", "is_target", "text", "start", "end",
        "sentence", "section", "confidence", "category", "doc_kind",
    ];

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
            writer.WriteString("doc", r.Doc);
            writer.WriteNumber("ordinal", r.Ordinal);
            WriteStringOrNull(writer, "name", r.Name);
            writer.WriteNumber("value", Plain(r.Value));
            WriteNumberOrNull(writer, "value_high", r.ValueHigh);
            writer.WriteString("unit", r.Unit);
            writer.WriteNumber("scale", Plain(r.Scale));
            writer.WriteNumber("normalized_value", Plain(r.NormalizedValue));
            writer.WriteString("normalized_unit", r.NormalizedUnit);
            writer.WriteString("qualifier", Name(r.Qualifier));
            writer.WriteString("kind", Name(r.Kind));
            WriteNumberOrNull(writer, "from_value", r.FromValue);
            WriteNumberOrNull(writer, "from_normalized_value", r.FromNormalizedValue);
            WriteIntOrNull(writer, "period_start", r.PeriodStart);
            WriteIntOrNull(writer, "period_end", r.PeriodEnd);
            WriteIntOrNull(writer, "base_year", r.BaseYear);
            writer.WriteBoolean("is_target", r.IsTarget);
            writer.WriteString("text", r.Text);
            writer.WriteNumber("start", r.Start);
            writer.WriteNumber("end", r.End);
            writer.WriteString("sentence", r.Sentence);
            WriteStringOrNull(writer, "section", r.Section);
            writer.WriteNumber("confidence", r.Confidence);
            WriteStringOrNull(writer, "category", r.Category);
            writer.WriteString("doc_kind", r.DocKind.Code());
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
        output.Write(string.Join(',', FieldNames));
        output.Write("\r\n");
    }

    /// <summary>Writes records as CSV rows (RFC 4180: CRLF, quotes doubled, fields quoted when needed).</summary>
    /// <param name="records">The records.</param>
    /// <param name="output">Where the text goes.</param>
    public static void WriteCsvRows(IEnumerable<IndicatorRecord> records, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        var inv = CultureInfo.InvariantCulture;
        foreach (var r in records)
        {
            string?[] fields =
            [
                r.Doc, r.Ordinal.ToString(inv), r.Name, Plain(r.Value).ToString(inv), Plain(r.ValueHigh)?.ToString(inv), r.Unit,
                Plain(r.Scale).ToString(inv), Plain(r.NormalizedValue).ToString(inv), r.NormalizedUnit, Name(r.Qualifier), Name(r.Kind),
                Plain(r.FromValue)?.ToString(inv), Plain(r.FromNormalizedValue)?.ToString(inv), r.PeriodStart?.ToString(inv), r.PeriodEnd?.ToString(inv),
                r.BaseYear?.ToString(inv), r.IsTarget ? "true" : "false", r.Text, r.Start.ToString(inv), r.End.ToString(inv), r.Sentence, r.Section,
                r.Confidence.ToString(inv), r.Category, r.DocKind.Code(),
            ];
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0) output.Write(',');
                output.Write(Quote(fields[i]));
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

    private static decimal? Plain(decimal? value) => value is { } v ? Plain(v) : null;

    private static string Quote(string? field)
    {
        if (field is null) return "";
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) return field;
        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, Plain(v)); else w.WriteNull(name);
    }

    private static void WriteIntOrNull(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    /// <summary>A writer for UTF-8 without a byte-order mark, as the files' consumers expect.</summary>
    /// <param name="stream">The stream to write to.</param>
    public static StreamWriter Utf8Writer(Stream stream) => new(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
}
