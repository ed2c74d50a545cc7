using System.Text.RegularExpressions;
using HongqiExtract.Documents;
using HongqiExtract.Output;

namespace HongqiExtract.Binding.Tables;

/// <summary>
/// Reads a table's header rows and caption: each column's role, kind, unit and measure word, the
/// caption's year and unit (单位：万吨), and the measure a caption names where the value column's
/// header does not (表1 …居民消费价格比上年涨跌幅度 → 价格, growth).
/// </summary>
internal sealed partial class TableLayout
{
    // The header of a column that is the level itself: its rows need no measure word.
    private static readonly string[] LevelHeaders = ["绝对数", "数值", "总量", "年末数", "全年", "本年", "实绩", "完成数", "合计"];

    private TableLayout(IReadOnlyList<TableColumn> columns, int? year, string? captionUnit)
    {
        Columns = columns;
        Year = year;
        CaptionUnit = captionUnit;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The year the caption names (表2 2025年主要农产品产量), or null.</summary>
    public int? Year { get; }

    /// <summary>The unit the caption names (单位：万吨), or null.</summary>
    public string? CaptionUnit { get; }

    [GeneratedRegex(@"(?<year>(?:19|20)\d\d)年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"单位[:：]\s*(?<unit>[^\s）)，,;；]+)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"[（(](?<unit>[^）)]*)[）)]")]
    private static partial Regex Bracketed();

    /// <summary>The header rows: those the source marks (th), else those before the first row with a number (at least one).</summary>
    public static int HeaderRows(Table table, ReportDocument document)
    {
        if (table.HeaderRowCount > 0) return table.HeaderRowCount;
        for (int r = 0; r < table.Rows.Count; r++)
            if (table.Rows[r].Cells.Skip(1).Any(c => c is not null && c.Span.Length > 0 && decimal.TryParse(document.Slice(c.Span), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)))
                return Math.Max(1, r);
        return 1;
    }

    public static TableLayout Read(Table table, int headerRows)
    {
        string caption = Squeeze(table.Caption ?? "");
        int? year = YearPattern().Match(caption) is { Success: true } y ? int.Parse(y.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        string? captionUnit = UnitPattern().Match(caption) is { Success: true } u ? u.Groups["unit"].Value : null;
        var (captionKind, captionMeasure) = CaptionMeasure(caption);
        var columns = new List<TableColumn>();
        for (int c = 0; c < table.ColumnCount; c++)
        {
            string header = Squeeze(string.Concat(table.Rows.Take(headerRows).Select(r => r.Cells[c]?.Text).Distinct()));
            columns.Add(c == 0 ? new TableColumn(TableColumnRole.Names, IndicatorKind.Level, null, null) : Column(header, captionKind, captionMeasure));
        }
        return new TableLayout(columns, year, captionUnit);
    }

    private static TableColumn Column(string header, IndicatorKind captionKind, string? captionMeasure)
    {
        if (header is "单位" or "计量单位") return new TableColumn(TableColumnRole.Units, IndicatorKind.Level, null, null);
        // A number in a header row is data, not a measure word.
        if (decimal.TryParse(header, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
            return new TableColumn(TableColumnRole.Values, IndicatorKind.Level, null, null);
        string? unit = Bracketed().Match(header) is { Success: true } m ? m.Groups["unit"].Value.Replace("％", "%", StringComparison.Ordinal) : null;
        string measure = Bracketed().Replace(header, "");
        if (measure.Contains("增长", StringComparison.Ordinal) || measure.Contains("增速", StringComparison.Ordinal) || measure.Contains("涨跌", StringComparison.Ordinal))
            return new TableColumn(TableColumnRole.Values, IndicatorKind.Growth, unit ?? "%", null);
        if (measure.Contains("比重", StringComparison.Ordinal) || measure.Contains("占比", StringComparison.Ordinal))
            return new TableColumn(TableColumnRole.Values, IndicatorKind.Share, unit ?? "%", null);
        // A percentage column under a caption that names the measure (居民消费价格比上年涨跌幅度): the caption decides.
        if (unit == "%" && captionMeasure is not null) return new TableColumn(TableColumnRole.Values, captionKind, unit, captionMeasure);
        // A column per year (2024年, 2025年): the header is the period, not a measure.
        int? year = YearPattern().Match(measure) is { Success: true } y ? int.Parse(y.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        bool isLevel = measure.Length == 0 || LevelHeaders.Any(h => measure.Contains(h, StringComparison.Ordinal)) || year is not null;
        return new TableColumn(TableColumnRole.Values, IndicatorKind.Level, unit, isLevel ? null : measure, year);
    }

    /// <summary>The caption's measure before 比上年 (…居民消费价格比上年涨跌幅度 → 价格, growth).</summary>
    private static (IndicatorKind Kind, string? Measure) CaptionMeasure(string caption)
    {
        int at = caption.IndexOf("比上年", StringComparison.Ordinal);
        if (at < 2) return (IndicatorKind.Level, null);
        var kind = caption.AsSpan(at).ContainsAny("增长涨跌") ? IndicatorKind.Growth : IndicatorKind.Level;
        return (kind, caption.Substring(at - 2, 2));
    }

    /// <summary>Without the spaces some tables put between characters (指 标, 汽 车).</summary>
    public static string Squeeze(string text) => text.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
}
