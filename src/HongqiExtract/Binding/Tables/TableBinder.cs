using HongqiExtract.Documents;
using HongqiExtract.Lexicons;
using HongqiExtract.Output;
using HongqiExtract.Recognition;

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
        string? group = null;
        for (int r = headerRows; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            // A row made only of cells spanned from above has no line of its own.
            if (row.Span.Length == 0 || row.Cells[0] is not { } header || header.Text.Length == 0) continue;
            var values = Enumerable.Range(1, row.Cells.Count - 1)
                .Where(c => layout.Columns[c].Role == TableColumnRole.Values && Originates(table, r, c) && TableLayout.IsNumber(row.Cells[c]?.Text)).ToList();
            string rowName = RowName(header.Text);
            if (values.Count == 0)
            {
                // A row with no values at all heads the rows under it (公路, then 货物发送量, 旅客发送量); a row of dashes does not.
                if (row.Cells.Skip(1).All(cell => cell is null || cell.Text.Length == 0)) group = rowName;
                continue;
            }
            string? rowUnit = layout.Columns.Select((col, c) => col.Role == TableColumnRole.Units ? row.Cells[c]?.Text : null).FirstOrDefault(u => u is { Length: > 0 });
            foreach (int c in values)
                if (Record(document, tableIndex, r, c, row, layout.Columns[c], Name(group, rowName, layout.Columns[c].Measure ?? measure), rowUnit ?? layout.Columns[c].Unit ?? layout.CaptionUnit, year, section) is { } record)
                    yield return record;
        }
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

    private static IndicatorRecord? Record(ReportDocument document, int tableIndex, int r, int c, TableRow row, TableColumn column, string name, string? rowUnit, int? year, string? section)
    {
        var cell = row.Cells[c]!;
        string unit = column.Kind is IndicatorKind.Growth or IndicatorKind.Share ? column.Unit ?? "%" : rowUnit ?? column.Unit ?? "";
        var quantity = Quantify(cell.Text, unit);
        if (quantity is null) return null;
        var source = document.OffsetMap.ToSource(cell.Span);
        return new IndicatorRecord
        {
            Doc = document.Id, DocKind = document.Metadata.Kind, Ordinal = 0, Name = name,
            Value = quantity.Value, Unit = quantity.Unit, Scale = quantity.Scale, NormalizedValue = quantity.NormalizedValue, NormalizedUnit = quantity.NormalizedUnit,
            Qualifier = Qualifier.Exact, Kind = column.Kind, PeriodStart = column.Year ?? year, PeriodEnd = column.Year ?? year, IsTarget = false,
            Text = cell.Text, Start = cell.Span.Start, End = cell.Span.End, Sentence = document.Slice(row.Span),
            Section = section,
            Confidence = TableConfidence, SourceStart = source.Start, SourceEnd = source.End,
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
        if (found.Count != 1 || found[0].Span.Start != 0) return null;
        var q = found[0];
        return negative ? q with { Value = -q.Value, NormalizedValue = -q.NormalizedValue } : q;
    }

    private static string Name(string? group, string rowName, string? measure)
    {
        string name = (group ?? "") + rowName;
        // 发电量, 货物发送量 already name a measure; 居民消费价格 already ends with its caption's 价格.
        if (measure is null || name.EndsWith('量') || name.EndsWith(measure, StringComparison.Ordinal)) return name;
        return name + measure;
    }

    private static string RowName(string header)
    {
        string name = TableLayout.Squeeze(header);
        name = name[Cues.PrefixLength(TableCue.RowMarkers, name)..];
        while (Cues.EndingOf(TableCue.RowMarkEnds, name) is { } mark) name = name[..^mark.Length];
        return name;
    }
}
