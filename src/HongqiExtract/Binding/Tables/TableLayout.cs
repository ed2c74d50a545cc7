using System.Globalization;
using System.Text.RegularExpressions;
using HongqiExtract.Documents;
using HongqiExtract.Lexicons;
using HongqiExtract.Normalization;
using HongqiExtract.Output;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Binding.Tables;

/// <summary>
/// Reads a table's header rows and caption: each column's role, kind, unit and measure word, the
/// caption's year and unit (单位：万吨), and the measure a caption names where the value column's
/// header does not (表1 …居民消费价格比上年涨跌幅度 → 价格, growth). Its words are in
/// Resources/Binding/table-cues.txt.
/// </summary>
internal sealed partial class TableLayout
{
    private static readonly CueLexicon<TableCue> Cues = CueLexicon<TableCue>.Shared;

    private TableLayout(IReadOnlyList<TableColumn> columns, int? year, MonthRange? months, string? captionUnit, string? subject)
    {
        Months = months;
        Columns = columns;
        Year = year;
        CaptionUnit = captionUnit;
        Subject = subject;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The year the caption names (表2 2025年主要农产品产量), or null.</summary>
    public int? Year { get; }

    /// <summary>The months within the year the caption names (表1 2025年1—11月主要经济指标), or null.</summary>
    public MonthRange? Months { get; }

    /// <summary>The unit the caption names (单位：万吨), or the unit line or notes do; null where none does.</summary>
    public string? CaptionUnit { get; }

    /// <summary>What the caption says the table is of, without its number, year and unit (表2 2025年主要农产品产量 → 农产品产量), or null.</summary>
    public string? Subject { get; }

    [GeneratedRegex(@"^表\s*[0-9一二三四五六七八九十]+|(?:19|20)\d\d(?:[-—～~至](?:19|20)?\d\d)?年|[（(][^）)]*[）)]|单位[:：].*$|^(?:主要|各)")]
    private static partial Regex NotSubject();

    [GeneratedRegex(@"(?<year>(?:19|20)\d\d)年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"单位[:：]\s*(?<unit>[^\s）)，,;；]+)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"[（(](?<unit>[^）)]*)[）)]")]
    private static partial Regex Bracketed();

    /// <summary>
    /// The header rows: those the source marks (th), else those before the first row with a number or
    /// with text in its first cell only (a group row, 公路), at least one.
    /// </summary>
    public static int HeaderRows(Table table)
    {
        if (table.HeaderRowCount > 0) return table.HeaderRowCount;
        for (int r = 1; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells;
            if (cells.Skip(1).Any(c => IsValue(c?.Text, out _, out _)) || cells.Skip(1).All(c => c is null || c.Text.Length == 0)) return r;
        }
        return 1;
    }

    /// <summary>Whether a cell holds a number as tables write it (-0.4, 4622.00); dashes and empty cells do not.</summary>
    public static bool IsNumber(string? text) =>
        text is { Length: > 0 } && decimal.TryParse(text.Replace('−', '-'), NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    public static TableLayout Read(Table table, int headerRows)
    {
        var months = WithoutMonths(ChineseText.WithoutSpaces(table.Caption ?? ""), out string caption);
        int? year = YearIn(caption);
        // The unit the caption names, else the unit line or the notes (单位：万吨).
        string? captionUnit = UnitIn(caption) ?? UnitIn(ChineseText.WithoutSpaces(table.Note ?? ""));
        var (captionKind, captionMeasure) = CaptionMeasure(caption);
        var columns = new List<TableColumn>();
        for (int c = 0; c < table.ColumnCount; c++)
        {
            string header = ChineseText.WithoutSpaces(string.Concat(table.Rows.Take(headerRows).Select(r => r.Cells[c]?.Text).Distinct()));
            // The names are in the first column, or the one after a column of row numbers (序号).
            bool ordinals = columns.Count == 0 && Cues.Is(TableCue.OrdinalHeaders, header);
            columns.Add(ordinals ? new TableColumn(TableColumnRole.Ordinals, IndicatorKind.Level, null, null)
                : c == NameColumn(columns) ? new TableColumn(TableColumnRole.Names, IndicatorKind.Level, null, null) : Column(header, captionKind, captionMeasure));
        }
        // Read before squeezing: 表1 2025年 squeezed is 表12025年.
        string subject = ChineseText.WithoutSpaces(NotSubject().Replace(NotSubject().Replace((table.Caption ?? "").Trim(), "").Trim(), ""));
        WithoutMonths(subject, out subject);
        return new TableLayout(columns, year, months, captionUnit, subject.Length == 0 ? null : subject);
    }

    /// <summary>The column of the row names: 0, or 1 after a column of row numbers.</summary>
    public static int NameColumn(IReadOnlyList<TableColumn> columns) => columns.Count > 0 && columns[0].Role == TableColumnRole.Ordinals ? 1 : 0;

    /// <summary>A header's column, with the months it names (2025年1—11月, 1—11月比上年同期增长) read apart from its measure.</summary>
    private static TableColumn Column(string header, IndicatorKind captionKind, string? captionMeasure)
    {
        var months = WithoutMonths(header, out string rest);
        var column = ColumnOf(rest, captionKind, captionMeasure);
        return months is null || column.Role != TableColumnRole.Values ? column : column with { Months = months };
    }

    /// <summary>The first sub-year span in a text, and the text without it; null and the text where it has none.</summary>
    private static MonthRange? WithoutMonths(string text, out string rest)
    {
        rest = text;
        var found = MonthSpans.Find(text, new TextSpan(0, text.Length)).FirstOrDefault(m => m.Months.IsPartOfYear);
        if (found.Span.Length == 0) return null;
        rest = text.Remove(found.Span.Start, found.Span.Length);
        return found.Months;
    }

    private static TableColumn ColumnOf(string header, IndicatorKind captionKind, string? captionMeasure)
    {
        if (Cues.Is(TableCue.UnitHeaders, header)) return new TableColumn(TableColumnRole.Units, IndicatorKind.Level, null, null);
        // A number in a header row is data, not a measure word.
        if (IsNumber(header)) return new TableColumn(TableColumnRole.Values, IndicatorKind.Level, null, null);
        string? unit = Bracketed().Match(header) is { Success: true } m ? m.Groups["unit"].Value : null;
        string measure = Bracketed().Replace(header, "");
        // A column per year (2024年, 2025年; under a two-level header 2025年 绝对数): the header names the period.
        int? year = YearIn(measure);
        if (Cues.Occurs(TableCue.GrowthHeaders, measure)) return new TableColumn(TableColumnRole.Values, IndicatorKind.Growth, unit ?? "%", null, year);
        if (Cues.Occurs(TableCue.ShareHeaders, measure)) return new TableColumn(TableColumnRole.Values, IndicatorKind.Share, unit ?? "%", null, year);
        // A percentage column under a caption that names the measure (居民消费价格比上年涨跌幅度): the caption decides.
        if (unit == "%" && captionMeasure is not null) return new TableColumn(TableColumnRole.Values, captionKind, unit, captionMeasure, year);
        bool previousYear = Cues.StartsWithAny(TableCue.PreviousYearHeaders, measure);
        bool isLevel = measure.Length == 0 || Cues.Occurs(TableCue.LevelHeaders, measure) || year is not null || previousYear;
        return new TableColumn(TableColumnRole.Values, IndicatorKind.Level, unit, isLevel ? null : measure, year, previousYear && year is null);
    }

    /// <summary>Where a bracket that ends the text opens (地区生产总值（亿元） → 6); null where the text ends otherwise.</summary>
    public static int? TrailingBracket(string text) =>
        text.Length > 2 && text[^1] is '）' or ')' && text.LastIndexOfAny(['（', '(']) is var open and > 0 ? open : null;

    private static string? UnitIn(string text) => UnitPattern().Match(text) is { Success: true } u ? u.Groups["unit"].Value : null;

    /// <summary>
    /// A value cell: a number as tables write it, alone (5.66) or with its unit (85.26万吨, 3.3%); the
    /// unit is null where the cell has none. Not a value: dashes, empty cells, words.
    /// </summary>
    public static bool IsValue(string? text, out string number, out string? unit)
    {
        number = text ?? "";
        unit = null;
        if (IsNumber(text)) return true;
        if (text is null || NumberWithUnit().Match(text) is not { Success: true } match) return false;
        number = match.Groups["number"].Value;
        unit = match.Groups["unit"].Value;
        return IsNumber(number);
    }

    [GeneratedRegex(@"^(?<number>[-−]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?<unit>[^\s0-9]{1,6})$")]
    private static partial Regex NumberWithUnit();

    /// <summary>The caption's measure before 比上年 (…居民消费价格比上年涨跌幅度 → 价格, growth).</summary>
    private static (IndicatorKind Kind, string? Measure) CaptionMeasure(string caption)
    {
        int at = Cues.IndexOfAny(TableCue.Comparisons, caption);
        if (at < 2) return (IndicatorKind.Level, null);
        var kind = Cues.Occurs(TableCue.CaptionGrowth, caption.AsSpan(at)) ? IndicatorKind.Growth : IndicatorKind.Level;
        return (kind, caption.Substring(at - 2, 2));
    }

    private static int? YearIn(string text) =>
        YearPattern().Match(text) is { Success: true } y ? int.Parse(y.Groups["year"].Value, CultureInfo.InvariantCulture) : null;

}
