using System.Globalization;
using HongqiExtract.Catalogue;
using HongqiExtract.Output;

namespace HongqiExtract.Cli.Panels;

/// <summary>The panel as CSV: long, wide, and the conflicts the choosing rule settled.</summary>
internal static class PanelWriter
{
    public static void Long(IReadOnlyList<PanelCell> cells, TextWriter output)
    {
        output.WriteLine("region,indicator_id,indicator,year,kind,is_target,value,unit,normalized_value,normalized_unit,doc,start,end,text,other_figures,region_code");
        foreach (var cell in cells)
        {
            var f = cell.Chosen;
            var r = f.Record;
            Row(output, f.Region, f.IndicatorId, IndicatorCatalogue.Shared[f.IndicatorId]?.Name, Year(f.Year), Kind(f.Kind), f.IsTarget ? "true" : "false",
                Number(r.Value), r.Unit, Number(r.NormalizedValue), r.NormalizedUnit, r.Doc, Year(r.Start), Year(r.End), r.Text, Year(cell.Others.Count), f.RegionCode);
        }
    }

    public static void Wide(IReadOnlyList<PanelCell> cells, TextWriter output)
    {
        var years = Years(cells);
        output.WriteLine("region,indicator_id,indicator,kind,is_target,normalized_unit," + string.Join(',', years.Select(Year)));
        foreach (var row in WideRows(cells))
        {
            var byYear = row.ToDictionary(c => c.Chosen.Year, c => c.Chosen.Record.NormalizedValue);
            var fields = new List<string?> { row.Key.Region, row.Key.IndicatorId, IndicatorCatalogue.Shared[row.Key.IndicatorId]?.Name, Kind(row.Key.Kind), row.Key.IsTarget ? "true" : "false", row.Key.NormalizedUnit };
            fields.AddRange(years.Select(y => byYear.TryGetValue(y, out var v) ? Number(v) : ""));
            Row(output, [.. fields]);
        }
    }

    /// <summary>The years of the wide layout's columns, in order.</summary>
    public static List<int> Years(IReadOnlyList<PanelCell> cells) => [.. cells.Select(c => c.Chosen.Year).Distinct().Order()];

    /// <summary>The wide layout's rows: one per region × indicator × kind × target × unit.</summary>
    public static List<IGrouping<(string Region, string IndicatorId, IndicatorKind Kind, bool IsTarget, string NormalizedUnit), PanelCell>> WideRows(IReadOnlyList<PanelCell> cells) =>
        [.. cells.GroupBy(c => (c.Chosen.Region, c.Chosen.IndicatorId, c.Chosen.Kind, c.Chosen.IsTarget, c.Chosen.Record.NormalizedUnit))];

    public static void Conflicts(IReadOnlyList<PanelCell> cells, TextWriter output)
    {
        output.WriteLine("region,indicator_id,year,kind,is_target,chosen_doc,chosen_value,other_doc,other_value,same_value");
        foreach (var cell in cells)
            foreach (var other in cell.Others)
            {
                var c = cell.Chosen;
                Row(output, c.Region, c.IndicatorId, Year(c.Year), Kind(c.Kind), c.IsTarget ? "true" : "false", c.Record.Doc, Number(c.Record.NormalizedValue),
                    other.Record.Doc, Number(other.Record.NormalizedValue), other.Record.NormalizedValue == c.Record.NormalizedValue ? "true" : "false");
            }
    }

    private static string Year(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal value) => RecordWriters.Plain(value).ToString(CultureInfo.InvariantCulture);

    private static string Kind(IndicatorKind kind) => RecordWriters.Name(kind);

    private static void Row(TextWriter output, params string?[] fields) =>
        output.WriteLine(string.Join(',', fields.Select(RecordWriters.Quote)));
}
