using HongqiExtract.Documents;
using HongqiExtract.Output;

namespace HongqiExtract.Cli.Panels;

/// <summary>One record placed in the panel: its region, canonical indicator, year, kind and target flag, and where it came from.</summary>
internal sealed record PanelFigure(string Region, string IndicatorId, int Year, IndicatorKind Kind, bool IsTarget, IndicatorRecord Record, int? ReportYear)
{
    /// <summary>The region's GB/T 2260 code where it is a province-level division.</summary>
    public string? RegionCode { get; init; }
}

/// <summary>A cell of the panel: the figure chosen for it and the others that state the same cell.</summary>
internal sealed record PanelCell(PanelFigure Chosen, IReadOnlyList<PanelFigure> Others);

/// <summary>
/// Builds the panel: one cell per region × indicator × year × kind × target or achieved, from the records
/// of a single year (a span of years or part of a year is no panel cell). Where documents state the
/// same cell, the rule picks: for an achieved figure the report that reviews that year (delivered the
/// year after, with the final figure), else the year's own communiqué or report, else the nearest later
/// one (a restatement); for a target the report delivered in that year (where it is set), else the
/// nearest earlier one (a plan's target restated). Ties go to the first document, then the first record.
/// </summary>
internal static class PanelBuilder
{
    /// <summary>A record placed by the region and report year it carries.</summary>
    public static PanelFigure? Place(IndicatorRecord record) => Place(record, record.Region, record.ReportYear, record.RegionCode);

    public static PanelFigure? Place(IndicatorRecord record, string? region, int? reportYear, string? regionCode = null)
    {
        if (record.IndicatorId is not { } id || record.PeriodEnd is not { } year || record.PeriodStart != year || record.PeriodMonths is not null) return null;
        return new PanelFigure(region ?? "", id, year, record.Kind, record.IsTarget, record, reportYear) { RegionCode = regionCode };
    }

    public static List<PanelCell> Build(IEnumerable<PanelFigure> figures) =>
        [.. figures.GroupBy(f => (f.Region, f.IndicatorId, f.Year, f.Kind, f.IsTarget))
            .Select(cell =>
            {
                var ranked = cell.Select((f, order) => (Figure: f, Order: order)).OrderBy(x => Rank(x.Figure)).ThenBy(x => x.Order).Select(x => x.Figure).ToList();
                return new PanelCell(ranked[0], ranked.Skip(1).ToList());
            })
            .OrderBy(c => c.Chosen.Region, StringComparer.Ordinal).ThenBy(c => c.Chosen.IndicatorId, StringComparer.Ordinal)
            .ThenBy(c => c.Chosen.Year).ThenBy(c => c.Chosen.Kind).ThenBy(c => c.Chosen.IsTarget)];

    /// <summary>Lower is preferred; see the class's summary.</summary>
    private static int Rank(PanelFigure f)
    {
        if (f.ReportYear is not { } delivered) return int.MaxValue;
        int after = delivered - f.Year;
        if (f.IsTarget) return after == 0 ? 0 : after < 0 ? -after : 100 + after;
        return after switch { 1 => 0, 0 => 1, > 1 => after, _ => 100 - after };
    }
}
