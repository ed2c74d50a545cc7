using HongqiExtract.Documents;

namespace HongqiExtract.Output;

/// <summary>
/// The record contract of ../shared/spec/records.md as one table: every field, in file order, with its
/// type and how it is read. The JSON Lines and CSV writers and the command line's Parquet sink all
/// write from this table, so a field is added in one place.
/// </summary>
public static class RecordSchema
{
    /// <summary>The fields in file order.</summary>
    public static IReadOnlyList<RecordField> Fields { get; } =
    [
        new TextField("doc", false, r => r.Doc),
        new IntegerField("ordinal", false, r => r.Ordinal),
        new TextField("name", true, r => r.Name),
        new DecimalField("value", false, 10, r => r.Value),
        new DecimalField("value_high", true, 10, r => r.ValueHigh),
        new TextField("unit", false, r => r.Unit),
        new DecimalField("scale", false, 0, r => r.Scale),
        new DecimalField("normalized_value", false, 10, r => r.NormalizedValue),
        new TextField("normalized_unit", false, r => r.NormalizedUnit),
        new TextField("qualifier", false, r => RecordWriters.Name(r.Qualifier)),
        new TextField("kind", false, r => RecordWriters.Name(r.Kind)),
        new DecimalField("from_value", true, 10, r => r.FromValue),
        new DecimalField("from_normalized_value", true, 10, r => r.FromNormalizedValue),
        new IntegerField("period_start", true, r => r.PeriodStart),
        new IntegerField("period_end", true, r => r.PeriodEnd),
        new MonthRangeField("period_months", r => r.PeriodMonths),
        new IntegerField("base_year", true, r => r.BaseYear),
        new BooleanField("is_target", r => r.IsTarget),
        new TextField("text", false, r => r.Text),
        new IntegerField("start", false, r => r.Start),
        new IntegerField("end", false, r => r.End),
        new TextField("sentence", false, r => r.Sentence),
        new TextField("section", true, r => r.Section),
        new RealField("confidence", r => r.Confidence),
        new TextField("category", true, r => r.Category),
        new TextField("indicator_id", true, r => r.IndicatorId),
        new TextField("doc_kind", false, r => r.DocKind.Code()),
        new IntegerField("source_start", true, r => r.SourceStart),
        new IntegerField("source_end", true, r => r.SourceEnd),
        new TableCellField("table_cell", r => r.TableCell),
        // Added after the contract's fields (it allows additions): what a panel needs of the document.
        new TextField("region", true, r => r.Region),
        new TextField("region_code", true, r => r.RegionCode),
        new IntegerField("report_year", true, r => r.ReportYear),
    ];

    /// <summary>The field names in file order.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = Fields.Select(f => f.Name).ToArray();
}
