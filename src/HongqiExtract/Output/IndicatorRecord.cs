using HongqiExtract.Documents;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Output;

/// <summary>
/// One numeric indicator of a report: the contract of ../shared/spec/records.md, field for field
/// (PascalCase here, snake_case in files).
/// </summary>
public sealed record IndicatorRecord
{
    /// <summary>The document's id: its path as given, or <c>archive.zip!inner/path</c>.</summary>
    public required string Doc { get; init; }
    /// <summary>0-based position among the document's records, in text order.</summary>
    public required int Ordinal { get; init; }
    /// <summary>What is measured, as a minimal noun phrase; null when nothing names it.</summary>
    public string? Name { get; init; }
    /// <summary>The number as written, numerals converted; signed for increase and growth.</summary>
    public required decimal Value { get; init; }
    /// <summary>Upper end of a range, else null.</summary>
    public decimal? ValueHigh { get; init; }
    /// <summary>The unit as written, scale characters included (亿元, 万人, %).</summary>
    public required string Unit { get; init; }
    /// <summary>The factor of the scale characters in <see cref="Unit"/>.</summary>
    public required decimal Scale { get; init; }
    /// <summary><see cref="Value"/> × <see cref="Scale"/> (× 10 for 成).</summary>
    public required decimal NormalizedValue { get; init; }
    /// <summary>The unit without scale; money as ISO 4217 (CNY), % , pp, x, or the classifier.</summary>
    public required string NormalizedUnit { get; init; }
    /// <summary>exact, about, nearly, over or under.</summary>
    public required Qualifier Qualifier { get; init; }
    /// <summary>level, change, increase, growth, share, multiple or rank.</summary>
    public required IndicatorKind Kind { get; init; }
    /// <summary>For a change: the starting value as written.</summary>
    public decimal? FromValue { get; init; }
    /// <summary>For a change: the starting value normalized.</summary>
    public decimal? FromNormalizedValue { get; init; }
    /// <summary>First year the value refers to.</summary>
    public int? PeriodStart { get; init; }
    /// <summary>Last year the value refers to.</summary>
    public int? PeriodEnd { get; init; }
    /// <summary>The months within <see cref="PeriodEnd"/> a sub-year figure covers (前三季度 → 1–9); null for a whole year or a span of years.</summary>
    public MonthRange? PeriodMonths { get; init; }
    /// <summary>The comparison base year (比上年 → PeriodStart − 1).</summary>
    public int? BaseYear { get; init; }
    /// <summary>A goal, plan or forecast rather than an achieved fact.</summary>
    public required bool IsTarget { get; init; }
    /// <summary>The mention's surface text, from the name (when adjacent) to the unit.</summary>
    public required string Text { get; init; }
    /// <summary>Start of the number-and-unit span in the document's text (UTF-16 code units).</summary>
    public required int Start { get; init; }
    /// <summary>End of the number-and-unit span, exclusive.</summary>
    public required int End { get; init; }
    /// <summary>The sentence holding the mention.</summary>
    public required string Sentence { get; init; }
    /// <summary>The heading path of the section holding it, joined with " / ".</summary>
    public string? Section { get; init; }
    /// <summary>How sure the extractor is, 0 to 1.</summary>
    public required double Confidence { get; init; }
    /// <summary>The indicator's domain, where a classifier ran; else null.</summary>
    public string? Category { get; init; }
    /// <summary>The canonical indicator the name denotes, from the package's catalogue (<c>indicator_id</c>); null where the catalogue has none.</summary>
    public string? IndicatorId { get; init; }
    /// <summary>The kind of document the record came from, as detected (<c>doc_kind</c> in files).</summary>
    public DocumentKind DocKind { get; init; }
    /// <summary>
    /// Where the number-and-unit span stands in the document's decoded source (<see cref="ReportDocument.SourceText"/>)
    /// before cleaning removed web-dump boilerplate; equal to <see cref="Start"/> where nothing was removed.
    /// </summary>
    public int? SourceStart { get; init; }
    /// <summary>The end of the span in the decoded source, exclusive.</summary>
    public int? SourceEnd { get; init; }

    /// <summary>For a record from a table, its cell (<c>table_cell</c>); null for running text.</summary>
    public TableCellPosition? TableCell { get; init; }

    /// <summary>The region the document is about (河南省, 全国), from its title or speaker line; null when it does not say.</summary>
    public string? Region { get; init; }
    /// <summary>The GB/T 2260 code of <see cref="Region"/> where it is a province or prefecture-level city (<c>region_code</c>).</summary>
    public string? RegionCode { get; init; }
    /// <summary>The year the document was delivered or published (<c>report_year</c>), which a panel uses to choose among restatements.</summary>
    public int? ReportYear { get; init; }
}
