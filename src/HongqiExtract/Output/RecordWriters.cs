using HongqiExtract.Documents;
using System.Text;
using System.Text.Json;

namespace HongqiExtract.Output;

/// <summary>Writes records in the contract's file formats, field by field from <see cref="RecordSchema"/>: JSON Lines and CSV (UTF-8, header row, RFC 4180).</summary>
public static class RecordWriters
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JsonLineWriter.Encoder };
    private const int BufferSize = 1 << 16;

    // The room a record is first written into (a record of the corpus takes about 1 KB).
    private const int RecordRoom = 16 * 1024;

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_buffer;

    /// <summary>Writes one JSON object per record, one per line.</summary>
    /// <param name="records">The records.</param>
    /// <param name="output">Where the UTF-8 bytes go.</param>
    public static void WriteJsonLines(IEnumerable<IndicatorRecord> records, Stream output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        // Records go into one buffer, handed to the stream 64 KB at a time rather than a write per record.
        // One buffer per thread, kept between calls: a batch writes once per document.
        var buffer = t_buffer ??= new System.Buffers.ArrayBufferWriter<byte>(BufferSize + RecordRoom);
        buffer.ResetWrittenCount();
        // A record with a text to escape (a quote, a control character) is left to the general writer.
        Utf8JsonWriter? writer = null;
        try
        {
            foreach (var r in records)
            {
                // Room for most records at once; a record with long texts asks for more until it fits.
                int written, room = RecordRoom;
                while ((written = JsonLineWriter.Write(r, buffer.GetSpan(room))) < 0) room = checked(room * 2);
                if (written > 0) buffer.Advance(written);
                else WriteGeneral(r, writer ??= new Utf8JsonWriter(buffer, JsonOptions), buffer);
                if (buffer.WrittenCount >= BufferSize)
                {
                    output.Write(buffer.WrittenSpan);
                    buffer.ResetWrittenCount();
                }
            }
        }
        finally
        {
            writer?.Dispose();
        }
        if (buffer.WrittenCount > 0) output.Write(buffer.WrittenSpan);
    }

    /// <summary>Writes one record and its line break through <see cref="Utf8JsonWriter"/>, field by field.</summary>
    internal static void WriteGeneral(IndicatorRecord record, Utf8JsonWriter writer, System.Buffers.IBufferWriter<byte> buffer)
    {
        var fields = RecordSchema.Fields;
        writer.WriteStartObject();
        for (int i = 0; i < fields.Count; i++) fields[i].WriteJson(writer, record);
        writer.WriteEndObject();
        writer.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        // Each line is a JSON document of its own.
        writer.Reset();
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
    public static string Name<T>(T value) where T : struct, Enum => EnumNames<T>.Of(value);

    /// <summary>Each value's lower-case name, made once per enum: every record writes several.</summary>
    private static class EnumNames<T> where T : struct, Enum
    {
        private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => v.ToString().ToLowerInvariant());

        // A value outside the enum's members (a cast int) is named as ToString names it.
        public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();
    }

    /// <summary>A decimal without trailing zeros (377.90 → 377.9), so files show plain numbers.</summary>
    /// <param name="value">The value.</param>
    public static decimal Plain(decimal value)
    {
        // Trailing zeros stripped from the 96-bit mantissa, as value / 1.0000000000000000000000000000m strips
        // them (a test holds the two equal bit for bit): that division costs more than writing the number.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int scale = (bits[3] >> 16) & 0xFF;
        ulong low = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        uint high = (uint)bits[2];
        // Zero (of any scale and sign) as the division gives it; a whole number or a last digit other than 0
        // (from 64-bit remainders: 2^64 ≡ 6 mod 10) has nothing to strip.
        if (low == 0 && high == 0) return value / 1.0000000000000000000000000000m;
        if (scale == 0 || (high % 10 * 6 + low % 10) % 10 != 0) return value;
        var mantissa = ((UInt128)high << 64) | low;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), bits[3] < 0, (byte)scale);
    }

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
