using System.Globalization;
using System.Text.Json;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Output;

/// <summary>
/// One field of the record contract: its file name, whether it may be null, and how it is read from a
/// record and written. The subclasses give typed access for sinks that build columns (Parquet).
/// </summary>
public abstract class RecordField
{
    private protected RecordField(string name, bool nullable)
    {
        Name = name;
        IsNullable = nullable;
        JsonName = JsonEncodedText.Encode(name);
    }

    /// <summary>The name encoded once for the JSON writer, not at every record.</summary>
    private protected JsonEncodedText JsonName { get; }

    /// <summary>The snake_case name files use.</summary>
    public string Name { get; }

    /// <summary>Whether the field may be null.</summary>
    public bool IsNullable { get; }

    internal abstract void WriteJson(Utf8JsonWriter writer, IndicatorRecord record);

    internal abstract string? FormatCsv(IndicatorRecord record);
}

/// <summary>A text field.</summary>
public sealed class TextField : RecordField
{
    internal TextField(string name, bool nullable, Func<IndicatorRecord, string?> value) : base(name, nullable) => Value = value;

    /// <summary>The field's value in a record.</summary>
    public Func<IndicatorRecord, string?> Value { get; }

    internal override void WriteJson(Utf8JsonWriter writer, IndicatorRecord record)
    {
        if (Value(record) is { } text) writer.WriteString(JsonName, text); else writer.WriteNull(JsonName);
    }

    internal override string? FormatCsv(IndicatorRecord record) => Value(record);
}

/// <summary>A 32-bit integer field.</summary>
public sealed class IntegerField : RecordField
{
    internal IntegerField(string name, bool nullable, Func<IndicatorRecord, int?> value) : base(name, nullable) => Value = value;

    /// <summary>The field's value in a record.</summary>
    public Func<IndicatorRecord, int?> Value { get; }

    internal override void WriteJson(Utf8JsonWriter writer, IndicatorRecord record)
    {
        if (Value(record) is { } n) writer.WriteNumber(JsonName, n); else writer.WriteNull(JsonName);
    }

    internal override string? FormatCsv(IndicatorRecord record) => Value(record)?.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An exact decimal field, written without trailing zeros (377.90 → 377.9).</summary>
public sealed class DecimalField : RecordField
{
    internal DecimalField(string name, bool nullable, int fractionDigits, Func<IndicatorRecord, decimal?> value) : base(name, nullable)
    {
        Value = value;
        FractionDigits = fractionDigits;
    }

    /// <summary>The field's value in a record.</summary>
    public Func<IndicatorRecord, decimal?> Value { get; }

    /// <summary>How many digits after the point a fixed-point column (Parquet's decimal) keeps: 0 for scale, 10 for values.</summary>
    public int FractionDigits { get; }

    internal override void WriteJson(Utf8JsonWriter writer, IndicatorRecord record)
    {
        if (Value(record) is { } d) writer.WriteNumber(JsonName, RecordWriters.Plain(d)); else writer.WriteNull(JsonName);
    }

    internal override string? FormatCsv(IndicatorRecord record) => Value(record) is { } d ? RecordWriters.Plain(d).ToString(CultureInfo.InvariantCulture) : null;
}

/// <summary>A true/false field.</summary>
public sealed class BooleanField : RecordField
{
    internal BooleanField(string name, Func<IndicatorRecord, bool> value) : base(name, false) => Value = value;

    /// <summary>The field's value in a record.</summary>
    public Func<IndicatorRecord, bool> Value { get; }

    internal override void WriteJson(Utf8JsonWriter writer, IndicatorRecord record) => writer.WriteBoolean(JsonName, Value(record));

    internal override string? FormatCsv(IndicatorRecord record) => Value(record) ? "true" : "false";
}

/// <summary>A floating-point field (the confidence).</summary>
public sealed class RealField : RecordField
{
    internal RealField(string name, Func<IndicatorRecord, double> value) : base(name, false) => Value = value;

    /// <summary>The field's value in a record.</summary>
    public Func<IndicatorRecord, double> Value { get; }

    internal override void WriteJson(Utf8JsonWriter writer, IndicatorRecord record) => writer.WriteNumber(JsonName, Value(record));

    internal override string? FormatCsv(IndicatorRecord record) => Value(record).ToString(CultureInfo.InvariantCulture);
}

/// <summary>The table cell of a record from a table: an object {"table", "row", "col"} in JSON, that object as text in CSV; null for running text.</summary>
public sealed class TableCellField : RecordField
{
    internal TableCellField(string name, Func<IndicatorRecord, TableCellPosition?> value) : base(name, true) => Value = value;

    /// <summary>Reads the field from a record.</summary>
    public Func<IndicatorRecord, TableCellPosition?> Value { get; }

    internal override void WriteJson(Utf8JsonWriter writer, IndicatorRecord record)
    {
        if (Value(record) is not { } cell) { writer.WriteNull(JsonName); return; }
        writer.WriteStartObject(JsonName);
        writer.WriteNumber("table", cell.Table);
        writer.WriteNumber("row", cell.Row);
        writer.WriteNumber("col", cell.Column);
        writer.WriteEndObject();
    }

    internal override string? FormatCsv(IndicatorRecord record) =>
        Value(record) is { } cell ? string.Create(CultureInfo.InvariantCulture, $"{{\"table\":{cell.Table},\"row\":{cell.Row},\"col\":{cell.Column}}}") : null;
}

/// <summary>The months of a sub-year figure: an array [first, last] in JSON, that array as text in CSV; null for a whole year.</summary>
public sealed class MonthRangeField : RecordField
{
    internal MonthRangeField(string name, Func<IndicatorRecord, MonthRange?> value) : base(name, true) => Value = value;

    /// <summary>Reads the field from a record.</summary>
    public Func<IndicatorRecord, MonthRange?> Value { get; }

    internal override void WriteJson(Utf8JsonWriter writer, IndicatorRecord record)
    {
        if (Value(record) is not { } months) { writer.WriteNull(JsonName); return; }
        writer.WriteStartArray(JsonName);
        writer.WriteNumberValue(months.First);
        writer.WriteNumberValue(months.Last);
        writer.WriteEndArray();
    }

    internal override string? FormatCsv(IndicatorRecord record) =>
        Value(record) is { } months ? string.Create(CultureInfo.InvariantCulture, $"[{months.First},{months.Last}]") : null;
}
