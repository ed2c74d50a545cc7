namespace HongqiExtract.Documents;

/// <summary>
/// Lays a <see cref="TableBlock"/> out as text lines and, once the lines' offsets are known, as a
/// grid: each source row is one line of its cells joined by tabs (what the text view has always
/// shown), and a cell that spans rows or columns fills every grid place it covers.
/// </summary>
internal sealed class TableGrid
{
    private const int MaxSpan = 100;

    private readonly TableBlock _block;

    // Each source row's line, or null for a row with no text (it has no line).
    private readonly string?[] _rowLines;

    public TableGrid(TableBlock block)
    {
        _block = block;
        _rowLines = [.. block.Rows.Select(row => string.Join('\t', row.Select(c => Clean(c.Text))) is var line && line.Trim('\t').Length > 0 ? line : null)];
        Lines = [.. _rowLines.OfType<string>()];
    }

    /// <summary>The rows with any text, as lines.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>
    /// The grid over the document's normalized <paramref name="text"/>, given where the caption's line (or -1)
    /// and each of <see cref="Lines"/> start in it: cell texts and the caption are read from the text, so they
    /// are what records quote (full-width digits made ASCII).
    /// </summary>
    public Table Build(string text, int captionStart, IReadOnlyList<int> lineStarts)
    {
        var grid = new List<TableCell?[]>();
        var rowSpans = new List<TextSpan>();
        int line = 0;
        for (int r = 0; r < _block.Rows.Count; r++)
        {
            int at = _rowLines[r] is null ? -1 : lineStarts[line++];
            while (grid.Count <= r) grid.Add([]);
            int column = 0, offset = 0;
            foreach (var cell in _block.Rows[r])
            {
                string written = Clean(cell.Text);
                while (column < grid[r].Length && grid[r][column] is not null) column++;
                var span = at < 0 ? new TextSpan(0, 0) : TextSpan.Trimmed(text, at + offset, at + offset + written.Length);
                var part = new TableCell(text.Substring(span.Start, span.Length), span, cell.IsHeader);
                int columnSpan = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                // A span is clipped to the rows the table has, and both to MaxSpan: hostile HTML cannot fill millions of places.
                Place(grid, part, r, column, Math.Clamp(cell.RowSpan, 1, Math.Min(MaxSpan, _block.Rows.Count - r)), columnSpan);
                column += columnSpan;
                offset += written.Length + 1;
            }
            rowSpans.Add(at < 0 ? new TextSpan(0, 0) : new TextSpan(at, at + _rowLines[r]!.Length));
        }
        int width = grid.Count == 0 ? 0 : grid.Max(g => g.Length);
        var rows = grid.Take(_block.Rows.Count).Select((g, i) => new TableRow([.. Enumerable.Range(0, width).Select(c => c < g.Length ? g[c] : null)], rowSpans[i])).ToList();
        int start = captionStart >= 0 ? captionStart : lineStarts.Count > 0 ? lineStarts[0] : 0;
        int end = lineStarts.Count > 0 ? lineStarts[^1] + Lines[^1].Length : start;
        string? caption = captionStart >= 0 ? text.Substring(captionStart, CaptionLine(_block.Caption)!.Length) : null;
        return new Table(caption, new TextSpan(start, end), rows);
    }

    /// <summary>The caption as its line in the text: one line, trimmed; null where there is none.</summary>
    public static string? CaptionLine(string? caption) => caption is null || Clean(caption).Trim() is not { Length: > 0 } line ? null : line;

    private static void Place(List<TableCell?[]> grid, TableCell cell, int row, int column, int rowSpan, int columnSpan)
    {
        for (int r = row; r < row + rowSpan; r++)
        {
            while (grid.Count <= r) grid.Add([]);
            if (grid[r].Length < column + columnSpan) { var wider = grid[r]; Array.Resize(ref wider, column + columnSpan); grid[r] = wider; }
            for (int c = column; c < column + columnSpan; c++) grid[r][c] ??= cell;
        }
    }

    // A cell is part of one line: its tabs and line breaks become spaces.
    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
