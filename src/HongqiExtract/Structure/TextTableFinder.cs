using HongqiExtract.Documents;
using HongqiExtract.Lexicons;
using HongqiExtract.Normalization;

namespace HongqiExtract.Structure;

/// <summary>
/// Finds the tables of plain text as text dumps of communiqués write them: a caption line (表1 …) or a
/// header line (指标 单位 绝对数 …), an optional unit line (单位：万吨), then rows whose cells are
/// separated by tabs or runs of spaces (ASCII or full-width), and the notes under them (注：…). A row
/// with one short cell (公路) heads the rows under it. Cells are spans of the text, as in HTML tables.
/// </summary>
internal static class TextTableFinder
{
    /// <summary>A group row (公路) is a short name, not a sentence.</summary>
    private const int MaxGroupRowLength = 12;

    private static readonly CueLexicon<TextTableCue> Cues = CueLexicon<TextTableCue>.Shared;

    public static IReadOnlyList<Table> Find(string text)
    {
        var lines = Lines(text);
        List<Table>? tables = null;
        for (int i = 0; i < lines.Count;)
        {
            if (TryRead(text, lines, i, out var table, out int next)) { (tables ??= []).Add(table); i = next; }
            else i++;
        }
        return tables ?? (IReadOnlyList<Table>)[];
    }

    /// <summary>Reads a table starting at line <paramref name="first"/>: its caption or header line, unit lines, rows and notes.</summary>
    private static bool TryRead(string text, List<TextSpan> lines, int first, out Table table, out int next)
    {
        table = null!;
        next = first;
        // Every line is asked: a line too long for a caption is not copied to be asked.
        string? line = lines[first].Length <= TableLines.MaxCaptionLength ? Slice(text, lines[first]) : null;
        bool captioned = line is not null && TableLines.IsCaption(line);
        if (!captioned && !IsHeaderLine(text, lines[first])) return false;
        int k = captioned ? first + 1 : first;
        var notes = new List<string>();
        for (; k < lines.Count && TableLines.IsUnitLine(Slice(text, lines[k])); k++) notes.Add(Slice(text, lines[k]));
        var rows = new List<(TextSpan Line, List<TextSpan> Cells)>();
        for (; k < lines.Count; k++)
        {
            string row = Slice(text, lines[k]);
            if (TableLines.IsCaption(row) || TableLines.IsNote(row)) break;
            var cells = Cells(text, lines[k]);
            bool groupRow = cells.Count == 1 && rows.Count > 0 && cells[0].Length <= MaxGroupRowLength && !row.AsSpan().ContainsAny("。，；：")
                && k + 1 < lines.Count && Cells(text, lines[k + 1]).Count >= 2;
            if (cells.Count < 2 && !groupRow) break;
            rows.Add((lines[k], cells));
        }
        int columns = ColumnCount(text, rows.Select(r => r.Cells));
        if (rows.Count < 2 || columns < 2) return false;
        for (; k < lines.Count && TableLines.IsNote(Slice(text, lines[k])); k++) notes.Add(Slice(text, lines[k]));
        var grid = rows.Select(r => new TableRow(Place(text, Reconcile(text, r.Cells, columns), columns), r.Line)).ToList();
        int start = captioned ? lines[first].Start : rows[0].Line.Start;
        table = new Table(captioned ? line : null, new TextSpan(start, rows[^1].Line.End), grid) { Note = notes.Count == 0 ? null : string.Join('\n', notes) };
        next = k;
        return true;
    }

    /// <summary>A header line without a caption: its first cell names the row headers (指标), and more cells follow.</summary>
    private static bool IsHeaderLine(string text, TextSpan line)
    {
        // Without a blank the line is one cell at most: most lines of prose, found without walking them.
        if (text.AsSpan(line.Start, line.Length).IndexOfAny(' ', '\t', '\u3000') < 0) return false;
        var cells = Cells(text, line);
        return cells.Count >= 2 && Cues.Is(TextTableCue.HeaderNames, ChineseText.WithoutSpaces(Slice(text, cells[0])));
    }

    /// <summary>The columns the table has: the most common count of cells among rows holding a number.</summary>
    private static int ColumnCount(string text, IEnumerable<List<TextSpan>> rows) =>
        rows.Where(cells => cells.Skip(1).Any(c => TableLines.StartsWithNumber(text.AsSpan(c.Start, c.Length)))).GroupBy(cells => cells.Count)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault();

    /// <summary>
    /// A row with more cells than the table has columns spaced a name out (汽　　车, 指    标): its leading
    /// cells of one Chinese character each are joined, two at a time, until the counts agree.
    /// </summary>
    private static List<TextSpan> Reconcile(string text, List<TextSpan> cells, int columns)
    {
        var joined = new List<TextSpan>(cells);
        for (int c = 0; joined.Count > columns && c + 1 < joined.Count;)
        {
            if (joined[c].Length == 1 && joined[c + 1].Length == 1 && ChineseText.IsIdeograph(text[joined[c].Start]) && ChineseText.IsIdeograph(text[joined[c + 1].Start]))
            {
                joined[c] = new TextSpan(joined[c].Start, joined[c + 1].End);
                joined.RemoveAt(c + 1);
            }
            else c++;
        }
        return joined;
    }

    /// <summary>The row's cells in the grid: the first names the row; with fewer cells than columns, the values keep to the right.</summary>
    private static TableCell?[] Place(string text, List<TextSpan> cells, int columns)
    {
        var placed = new TableCell?[columns];
        for (int c = 0; c < cells.Count && c < columns; c++)
        {
            int column = c == 0 || cells.Count >= columns ? c : columns - (cells.Count - c);
            placed[column] = new TableCell(Slice(text, cells[c]), cells[c], IsHeader: false);
        }
        return placed;
    }

    /// <summary>
    /// A line's cells: separated by a tab, by two or more spaces (ASCII or full-width), or by one space
    /// beside a number (粮食 50.49 1.1); one space between words (指 标) stays inside the cell.
    /// </summary>
    internal static List<TextSpan> Cells(string text, TextSpan line)
    {
        var cells = new List<TextSpan>();
        int start = -1;
        for (int i = line.Start; i <= line.End; i++)
        {
            if (i < line.End && !IsBlank(text[i])) { if (start < 0) start = i; continue; }
            if (start < 0) continue;
            int gapEnd = i;
            while (gapEnd < line.End && IsBlank(text[gapEnd])) gapEnd++;
            bool separates = gapEnd == line.End || gapEnd - i >= 2 || text[i] == '\t' || BesideNumber(text, i - 1) || BesideNumber(text, gapEnd);
            if (!separates) { i = gapEnd - 1; continue; }
            cells.Add(new TextSpan(start, i));
            start = -1;
            i = gapEnd - 1;
        }
        return cells;
    }

    private static bool BesideNumber(string text, int i) => char.IsAsciiDigit(text[i]) || text[i] is '%' or '-' or '−' or '—';

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u3000';

    private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    private static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        for (int start = 0; start <= text.Length;)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lines.Add(TextSpan.Trimmed(text, start, end));
            start = end + 1;
        }
        return lines;
    }
}
