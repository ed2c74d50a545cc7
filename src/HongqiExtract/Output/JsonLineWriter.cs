using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using HongqiExtract.Lexicons;

namespace HongqiExtract.Output;

/// <summary>
/// Writes a record as one line of JSON straight into UTF-8 bytes: the bytes <see cref="Utf8JsonWriter"/>
/// writes with the relaxed encoder, without its bookkeeping and checks for each of the 33 properties.
/// It takes only records whose texts need no escaping (98 % of the corpus's; a tab from a table is the
/// usual escape); any other record is left to <see cref="Utf8JsonWriter"/> (a test holds the two byte for byte).
/// </summary>
internal static class JsonLineWriter
{
    /// <summary>The encoder the files are written with: non-ASCII as is, only what JSON requires escaped.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // Per UTF-16 unit: whether the encoder escapes it. Surrogates count as escaped, so a text holding one
    // (a pair, or a lone one the writer refuses) goes to Utf8JsonWriter.
    private static readonly CharTable Escaped = EscapedBy(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    // Each field's name as the writer writes it, with the brace or comma before it: {"doc": ,"ordinal": …
    private static readonly byte[][] Prefixes = RecordSchema.Fields
        .Select((field, i) => (byte[])[(byte)(i == 0 ? '{' : ','), (byte)'"', .. JsonEncodedText.Encode(field.Name, Encoder).EncodedUtf8Bytes, (byte)'"', (byte)':'])
        .ToArray();

    // Room for any number a field other than a text writes: a decimal takes at most 31 bytes, a double
    // 24, a table cell's three integers and their names 57.
    private const int MaxNumberBytes = 64;

    private static ReadOnlySpan<byte> Null => "null"u8;

    /// <summary>
    /// Writes the record and its line break into <paramref name="output"/> and returns the bytes written;
    /// 0 when a text needs escaping or a real is not finite (the record is left to the general writer), −1
    /// when <paramref name="output"/> may be too small (room is checked field by field, at three bytes a
    /// UTF-16 unit, so nothing is written past it). One pass: each text is checked as it is written.
    /// </summary>
    public static int Write(IndicatorRecord record, Span<byte> output)
    {
        var fields = RecordSchema.Fields;
        int at = 0;
        for (int i = 0; i < fields.Count; i++)
        {
            var prefix = Prefixes[i];
            if (output.Length - at < prefix.Length + MaxNumberBytes + 2) return -1;
            Append(output, ref at, prefix);
            switch (fields[i])
            {
                case TextField text:
                    if (text.Value(record) is not { } value) Append(output, ref at, Null);
                    else if (NeedsEscaping(value)) return 0;
                    else if (output.Length - at < (long)value.Length * 3 + 4) return -1;
                    else WriteText(value, output, ref at);
                    break;
                case IntegerField integer: WriteNumber(integer.Value(record), output, ref at); break;
                case DecimalField number: WriteDecimal(number.Value(record), output, ref at); break;
                case BooleanField flag: Append(output, ref at, flag.Value(record) ? "true"u8 : "false"u8); break;
                case RealField real:
                    double r = real.Value(record);
                    if (!double.IsFinite(r)) return 0;
                    WriteReal(r, output, ref at);
                    break;
                case TableCellField cell: WriteCell(cell.Value(record), output, ref at); break;
                case MonthRangeField months: WriteMonths(months.Value(record), output, ref at); break;
                default: throw new InvalidOperationException($"no UTF-8 writing for field {fields[i].Name}");
            }
        }
        Append(output, ref at, "}\n"u8);
        return at;
    }

    private static bool NeedsEscaping(string text) => Escaped.IndexIn(text) >= 0;

    // The encoder comes in as an argument: a lambda reading this class's own static field while its static
    // constructor runs takes the runtime's class-constructor lock on each of the 65,536 calls (a tenth of
    // the native tool's start-up).
    private static CharTable EscapedBy(JavaScriptEncoder encoder) => new(c => char.IsSurrogate(c) || encoder.WillEncode(c));

    private static void WriteText(string text, Span<byte> output, ref int at)
    {
        output[at++] = (byte)'"';
        // Done always: the text holds no surrogate (those records go to the general writer) and the room was checked.
        var status = Utf8.FromUtf16(text, output[at..], out _, out int written, replaceInvalidSequences: false);
        System.Diagnostics.Debug.Assert(status == System.Buffers.OperationStatus.Done);
        at += written;
        output[at++] = (byte)'"';
    }

    private static void WriteNumber(int? value, Span<byte> output, ref int at)
    {
        if (value is not { } n)
        {
            Append(output, ref at, Null);
            return;
        }
        Utf8Formatter.TryFormat(n, output[at..], out int written);
        at += written;
    }

    private static void WriteDecimal(decimal? value, Span<byte> output, ref int at)
    {
        if (value is not { } d)
        {
            Append(output, ref at, Null);
            return;
        }
        Utf8Formatter.TryFormat(RecordWriters.Plain(d), output[at..], out int written);
        at += written;
    }

    private static void WriteReal(double value, Span<byte> output, ref int at)
    {
        Utf8Formatter.TryFormat(value, output[at..], out int written);
        at += written;
    }

    private static void WriteCell(TableCellPosition? value, Span<byte> output, ref int at)
    {
        if (value is not { } cell)
        {
            Append(output, ref at, Null);
            return;
        }
        Append(output, ref at, "{\"table\":"u8);
        WriteNumber(cell.Table, output, ref at);
        Append(output, ref at, ",\"row\":"u8);
        WriteNumber(cell.Row, output, ref at);
        Append(output, ref at, ",\"col\":"u8);
        WriteNumber(cell.Column, output, ref at);
        Append(output, ref at, "}"u8);
    }

    private static void WriteMonths(HongqiExtract.Recognition.Periods.MonthRange? value, Span<byte> output, ref int at)
    {
        if (value is not { } months)
        {
            Append(output, ref at, Null);
            return;
        }
        Append(output, ref at, "["u8);
        WriteNumber(months.First, output, ref at);
        Append(output, ref at, ","u8);
        WriteNumber(months.Last, output, ref at);
        Append(output, ref at, "]"u8);
    }

    private static void Append(Span<byte> output, ref int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output[at..]);
        at += bytes.Length;
    }
}
