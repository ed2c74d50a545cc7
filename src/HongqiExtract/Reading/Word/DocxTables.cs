using DocumentFormat.OpenXml.Wordprocessing;
using HongqiExtract.Documents;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// A Word table's rows for the table model: a cell's paragraphs joined, its grid span as a column
/// span, a vertical merge as a row span of the cell that starts it (the cells it covers are left out,
/// as HTML leaves them out), rows marked to repeat as headers as header cells.
/// </summary>
internal static class DocxTables
{
    private readonly record struct Placed(TableCell Cell, int Column, int Span, VerticalMerge? Merge);

    public static List<IReadOnlyList<TableBlockCell>> Rows(Table table)
    {
        var tableRows = table.Elements<TableRow>().ToList();
        var placed = tableRows.Select(Place).ToList();
        var rows = new List<IReadOnlyList<TableBlockCell>>(placed.Count);
        for (int r = 0; r < placed.Count; r++)
        {
            bool header = tableRows[r].TableRowProperties?.GetFirstChild<TableHeader>() is not null;
            var cells = new List<TableBlockCell>();
            foreach (var p in placed[r])
            {
                if (p.Merge is { } merge && merge.Val?.Value != MergedCellValues.Restart) continue; // covered by the cell above
                int rowSpan = p.Merge is null ? 1 : 1 + CountContinued(placed, r + 1, p.Column);
                string text = string.Join("", p.Cell.Elements<Paragraph>().Select(DocxText.Of)).Replace('\n', ' ').Trim();
                cells.Add(new TableBlockCell(text, header, rowSpan, p.Span));
            }
            rows.Add(cells);
        }
        return rows;
    }

    private static List<Placed> Place(TableRow row)
    {
        var placed = new List<Placed>();
        int column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        foreach (var cell in row.Elements<TableCell>())
        {
            int span = Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
            placed.Add(new Placed(cell, column, span, cell.TableCellProperties?.VerticalMerge));
            column += span;
        }
        return placed;
    }

    /// <summary>How many rows from <paramref name="from"/> continue the merge at a grid column.</summary>
    private static int CountContinued(List<List<Placed>> rows, int from, int column)
    {
        int count = 0;
        for (int r = from; r < rows.Count; r++)
        {
            var below = rows[r].FirstOrDefault(p => p.Column == column);
            if (below.Cell is null || below.Merge is not { } merge || merge.Val?.Value == MergedCellValues.Restart) break;
            count++;
        }
        return count;
    }
}
