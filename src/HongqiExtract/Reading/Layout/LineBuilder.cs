namespace HongqiExtract.Reading.Layout;

/// <summary>
/// Builds a page's lines from its glyphs: glyphs on one baseline make a row, a wide gap splits a row
/// into cells, and where most rows share one gap near the middle the page has two columns, read left
/// column first within each band between lines that cross the gap (a title over both columns).
/// </summary>
internal static class LineBuilder
{
    /// <summary>Glyphs whose baselines differ by less than this share of their size are on one line.</summary>
    private const double SameLine = 0.4;

    /// <summary>A gap wider than this many font sizes separates cells (or columns).</summary>
    private const double CellGap = 1.5;

    /// <summary>A gap narrower than this share of the size inside Latin text is no space.</summary>
    private const double WordGap = 0.2;

    /// <summary>What share of the rows with text on both sides of a gutter or across it must be on both sides for two columns.</summary>
    private const double GutterShare = 0.5;

    /// <summary>How wide, as a share of the page, each column's text must be on average.</summary>
    private const double MinColumnShare = 0.2;

    private readonly record struct Row(List<Glyph> Glyphs, double Baseline, double Size);

    private readonly record struct Cell(string Text, double Left, double Right);

    /// <summary>The page's lines in reading order.</summary>
    /// <param name="glyphs">The page's glyphs, in any order.</param>
    /// <param name="pageWidth">The page's width, to look for a gutter in its middle.</param>
    public static List<LayoutLine> Build(IEnumerable<Glyph> glyphs, double pageWidth)
    {
        var rows = Rows(glyphs);
        var cells = rows.Select(Cells).ToList();
        double? gutter = Gutter(cells, pageWidth);
        var lines = new List<LayoutLine>();
        var left = new List<LayoutLine>();
        var right = new List<LayoutLine>();
        for (int r = 0; r < rows.Count; r++)
        {
            if (gutter is not { } g)
            {
                lines.Add(Line(cells[r], rows[r], 0));
                continue;
            }
            var leftCells = cells[r].Where(c => c.Right <= g).ToList();
            var rightCells = cells[r].Where(c => c.Left >= g).ToList();
            if (leftCells.Count + rightCells.Count < cells[r].Count)
            {
                // A line across the gutter ends the band above it: its left column, then its right one.
                Flush(lines, left, right);
                lines.Add(Line(cells[r], rows[r], -1));
                continue;
            }
            if (leftCells.Count > 0) left.Add(Line(leftCells, rows[r], 0));
            if (rightCells.Count > 0) right.Add(Line(rightCells, rows[r], 1));
        }
        Flush(lines, left, right);
        return lines;
    }

    private static void Flush(List<LayoutLine> lines, List<LayoutLine> left, List<LayoutLine> right)
    {
        lines.AddRange(left);
        lines.AddRange(right);
        left.Clear();
        right.Clear();
    }

    private static LayoutLine Line(List<Cell> cells, Row row, int column) =>
        new(cells.Select(c => c.Text).ToList(), cells[0].Left, cells[^1].Right, row.Baseline, row.Size, column);

    /// <summary>Rows from the top of the page down, each sorted left to right.</summary>
    private static List<Row> Rows(IEnumerable<Glyph> glyphs)
    {
        var rows = new List<Row>();
        foreach (var glyph in glyphs.Where(g => !string.IsNullOrWhiteSpace(g.Value)).OrderByDescending(g => g.Baseline).ThenBy(g => g.Left))
        {
            var last = rows.Count > 0 ? rows[^1] : default;
            if (rows.Count > 0 && Math.Abs(last.Baseline - glyph.Baseline) <= SameLine * Math.Max(last.Size, glyph.Size))
            {
                last.Glyphs.Add(glyph);
                if (glyph.Size > last.Size) rows[^1] = last with { Size = glyph.Size };
            }
            else rows.Add(new Row([glyph], glyph.Baseline, glyph.Size));
        }
        foreach (var row in rows) row.Glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
        return rows;
    }

    /// <summary>A row split at wide gaps; Latin words keep their spaces, Chinese characters join without.</summary>
    private static List<Cell> Cells(Row row)
    {
        var cells = new List<Cell>();
        var text = new System.Text.StringBuilder();
        double start = row.Glyphs[0].Left, end = row.Glyphs[0].Left;
        foreach (var glyph in row.Glyphs)
        {
            double gap = glyph.Left - end;
            if (text.Length > 0 && gap > CellGap * row.Size)
            {
                cells.Add(new Cell(text.ToString(), start, end));
                text.Clear();
                start = glyph.Left;
            }
            else if (text.Length > 0 && gap > WordGap * row.Size && IsLatin(text[^1]) && IsLatin(glyph.Value[0])) text.Append(' ');
            text.Append(glyph.Value);
            end = Math.Max(end, glyph.Right);
        }
        cells.Add(new Cell(text.ToString(), start, end));
        return cells;
    }

    /// <summary>Letters of an English word; digits are not (Chinese text writes 11家 with no space, and a glyph's width may leave a gap).</summary>
    private static bool IsLatin(char c) => char.IsAsciiLetter(c);

    /// <summary>
    /// The x of a gutter between two columns: the middle of the gap most rows leave open in the page's
    /// middle third, if at least three rows have text on both sides of it and more do than cross it,
    /// and both columns are wide (a table's narrow value column is no column of text); else null.
    /// </summary>
    private static double? Gutter(List<List<Cell>> rows, double pageWidth)
    {
        var gaps = new List<(double From, double To)>();
        foreach (var cells in rows)
            for (int i = 1; i < cells.Count; i++)
                if (cells[i - 1].Right < pageWidth * 2 / 3 && cells[i].Left > pageWidth / 3) gaps.Add((cells[i - 1].Right, cells[i].Left));
        if (gaps.Count < 3) return null;
        double best = 0;
        int bestCount = 0;
        foreach (var (from, to) in gaps)
        {
            double x = (from + to) / 2;
            int count = gaps.Count(g => g.From <= x && x <= g.To);
            if (count > bestCount) (best, bestCount) = (x, count);
        }
        // Rows crossing the candidate (a title, a full-width line) do not count against it; rows on one side only do.
        // Lines on one side only (a column's last line, a header) say nothing; lines across the candidate say one column.
        var both = rows.Where(cells => cells.Any(c => c.Right <= best) && cells.Any(c => c.Left >= best)).ToList();
        int crossing = rows.Count(cells => cells.Any(c => c.Left < best && best < c.Right));
        if (bestCount < 3 || both.Count < GutterShare * (both.Count + crossing)) return null;
        // Columns of running text are wide on both sides; a table's columns (名称 | 数值) are not.
        double leftWidth = both.Average(cells => cells.Where(c => c.Right <= best).Sum(c => c.Right - c.Left));
        double rightWidth = both.Average(cells => cells.Where(c => c.Left >= best).Sum(c => c.Right - c.Left));
        return Math.Min(leftWidth, rightWidth) >= MinColumnShare * pageWidth ? best : null;
    }
}
