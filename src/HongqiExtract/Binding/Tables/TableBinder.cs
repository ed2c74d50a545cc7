using System.Globalization;
using HongqiExtract.Documents;
using HongqiExtract.Lexicons;
using HongqiExtract.Normalization;
using HongqiExtract.Output;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Binding.Tables;

/// <summary>
/// One record per value cell of a table ("Records from tables" in ../shared/spec/records.md): the
/// name from the row header (under the group row above it, 公路 → 公路货物发送量; without 其中： or ＃),
/// with the column's measure word (粮食 + 产量); the kind from the column (比上年增长(%) → growth); the
/// unit from the row's unit column, the column header or the caption, in that order; the period from
/// the column's year (a column per year), the caption's year, else the report year. A communiqué's table reports what was achieved.
/// </summary>
internal static class TableBinder
{
    private const double TableConfidence = 0.9;
    private static readonly CueLexicon<TableCue> Cues = CueLexicon<TableCue>.Shared;

    public static IEnumerable<IndicatorRecord> Bind(ReportDocument document, int tableIndex)
    {
        var table = document.Tables[tableIndex];
        int headerRows = TableLayout.HeaderRows(table);
        var layout = TableLayout.Read(table, headerRows);
        int? year = layout.Year ?? document.Metadata.ReportYear;
        // The measure the level column names (产量) names the row in every column (粮食产量 and its growth).
        string? measure = layout.Columns.FirstOrDefault(col => col.Role == TableColumnRole.Values && col.Measure is not null)?.Measure;
        string? section = SectionOf(document, table, table.Span.Start);
        int nameColumn = TableLayout.NameColumn(layout.Columns);
        string? group = null, parent = null;
        for (int r = headerRows; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            // A row made only of cells spanned from above has no line of its own.
            if (row.Span.Length == 0 || row.Cells[nameColumn] is not { } header || header.Text.Length == 0) continue;
            var values = Enumerable.Range(nameColumn + 1, row.Cells.Count - nameColumn - 1)
                .Where(c => layout.Columns[c].Role == TableColumnRole.Values && Originates(table, r, c) && TableLayout.IsValue(row.Cells[c]?.Text, out _, out _)).ToList();
            var (rowName, headerUnit) = RowName(header.Text);
            if (values.Count == 0)
            {
                // A row with no values at all heads the rows under it (公路, then 货物发送量, 旅客发送量); a row of dashes does not.
                if (row.Cells.Skip(nameColumn + 1).All(cell => cell is null || cell.Text.Length == 0)) (group, parent) = (rowName, null);
                continue;
            }
            string name = FullName(rowName, group, parent, layout.Subject);
            if (!Cues.Is(TableCue.QualifierRows, rowName)) parent = (group ?? "") + rowName;
            // The row's unit: in its header (地区生产总值（亿元）) or its unit column.
            string? rowUnit = headerUnit ?? layout.Columns.Select((col, c) => col.Role == TableColumnRole.Units ? row.Cells[c]?.Text : null).FirstOrDefault(u => u is { Length: > 0 });
            foreach (int c in values)
                if (Record(document, tableIndex, r, c, row, layout.Columns[c], Name(name, layout.Columns[c].Measure ?? measure), rowUnit ?? layout.CaptionUnit, year, layout.Months, section) is { } record)
                    yield return record;
        }
    }

    /// <summary>
    /// The row's name under the rows above it: a qualifier (其中：城镇) takes the name of the row it
    /// qualifies (城镇常住人口), a total (合计) its group's or the caption's subject, any other row its group's.
    /// </summary>
    private static string FullName(string rowName, string? group, string? parent, string? subject)
    {
        if (parent is not null && Cues.Is(TableCue.QualifierRows, rowName))
        {
            // A scope in front of the parent stays in front (全市常住人口 → 全市城镇常住人口).
            int scope = Cues.PrefixLength(TableCue.ScopePrefixes, parent);
            return parent[..scope] + rowName + parent[scope..];
        }
        if (Cues.Is(TableCue.TotalRows, rowName)) return (group ?? subject ?? "") + rowName;
        return (group ?? "") + rowName;
    }

    /// <summary>Whether the grid place is where its cell starts, not a place a spanning cell covers from the left or above.</summary>
    private static bool Originates(Table table, int r, int c)
    {
        var cell = table.Rows[r].Cells[c];
        return cell is not null && !(c > 0 && ReferenceEquals(table.Rows[r].Cells[c - 1], cell)) && !(r > 0 && ReferenceEquals(table.Rows[r - 1].Cells[c], cell));
    }

    /// <summary>The heading path ending in the caption (the spec's section of a table's record), from where the table starts.</summary>
    private static string? SectionOf(ReportDocument document, Table table, int offset)
    {
        string? path = ParagraphAt(document, offset) is var p && p >= 0 ? document.SectionPath(p) : null;
        if (table.Caption is not { } caption) return path;
        return path is null ? caption : path + Section.PathSeparator + caption;
    }

    private static IndicatorRecord? Record(ReportDocument document, int tableIndex, int r, int c, TableRow row, TableColumn column, string name, string? rowUnit, int? year, MonthRange? months, string? section)
    {
        var cell = row.Cells[c]!;
        TableLayout.IsValue(cell.Text, out string number, out string? cellUnit);
        // The unit from the cell, the column header, the row's unit column, or the caption and notes, in that order.
        string unit = cellUnit ?? column.Unit ?? (column.Kind is IndicatorKind.Growth or IndicatorKind.Share ? "%" : rowUnit ?? "");
        var quantity = Quantify(number, unit);
        if (quantity is null) return null;
        int? period = column.Year ?? (column.PreviousYear ? year - 1 : year);
        var source = document.OffsetMap.ToSource(cell.Span);
        return new IndicatorRecord
        {
            Doc = document.Id, DocKind = document.Metadata.Kind, Ordinal = 0, Name = name,
            Value = quantity.Value, Unit = quantity.Unit, Scale = quantity.Scale, NormalizedValue = quantity.NormalizedValue, NormalizedUnit = quantity.NormalizedUnit,
            Qualifier = Qualifier.Exact, Kind = column.Kind, PeriodStart = period, PeriodEnd = period, PeriodMonths = column.Months ?? months, IsTarget = false,
            Text = cell.Text, Start = cell.Span.Start, End = cell.Span.End, Sentence = document.Slice(row.Span),
            Section = section,
            Confidence = TableConfidence,
            SourceStart = document.HasCharacterSource ? source.Start : null, SourceEnd = document.HasCharacterSource ? source.End : null,
            TableCell = new TableCellPosition(tableIndex, r, c),
        };
    }

    /// <summary>The paragraph holding an offset, by binary search (paragraphs are in text order); -1 where none does.</summary>
    private static int ParagraphAt(ReportDocument document, int offset)
    {
        int low = 0, high = document.Paragraphs.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            var span = document.Paragraphs[mid].Span;
            if (offset < span.Start) high = mid - 1;
            else if (offset > span.End) low = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The cell's number with its unit, read by the quantity recognizer so scales and units normalize as in prose.</summary>
    private static Quantity? Quantify(string number, string unit)
    {
        // The recognizer reads a sign from words (下降); a table writes it: -0.4 is read as 0.4, then negated.
        bool negative = number.StartsWith('-') || number.StartsWith('−');
        string text = (negative ? number[1..] : number) + unit;
        var found = new List<Quantity>(1);
        QuantityRecognizer.Default.Recognize(text, new TextSpan(0, text.Length), found, null);
        // A table may give no unit at all (a price index: 102.3): the number alone, unit "".
        if (found.Count == 0 && unit.Length == 0 && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal plain))
            found.Add(new Quantity(new TextSpan(0, text.Length), new TextSpan(0, text.Length), plain, null, "", 1, plain, "", Qualifier.Exact, UnitCategory.None, null));
        if (found.Count != 1 || found[0].Span.Start != 0) return null;
        var q = found[0];
        return negative ? q with { Value = -q.Value, NormalizedValue = -q.NormalizedValue } : q;
    }

    private static string Name(string name, string? measure)
    {
        // 发电量, 货物发送量 already name a measure; 居民消费价格 already ends with its caption's 价格, 三次产业增加值合计 holds 增加值.
        if (measure is null || name.EndsWith('量') || name.Contains(measure, StringComparison.Ordinal)) return name;
        return name + measure;
    }

    /// <summary>The row header's name, without its marks (其中：, ＃, *) and without the unit it may end with (地区生产总值（亿元）).</summary>
    private static (string Name, string? Unit) RowName(string header)
    {
        string name = ChineseText.WithoutSpaces(header);
        name = name[Cues.PrefixLength(TableCue.RowMarkers, name)..];
        while (Cues.EndingOf(TableCue.RowMarkEnds, name) is { } mark) name = name[..^mark.Length];
        if (TableLayout.TrailingBracket(name) is { } bracket && IsUnit(name[(bracket + 1)..^1])) return (name[..bracket], name[(bracket + 1)..^1]);
        return (name, null);
    }

    /// <summary>Whether a bracket holds a unit (亿元, %), not part of a name (海洋捕捞（国内）).</summary>
    private static bool IsUnit(string text) => text.Length > 0 && Quantify("1", text) is { Unit.Length: > 0 } q && q.Unit == text;
}
