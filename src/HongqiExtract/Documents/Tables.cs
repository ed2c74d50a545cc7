namespace HongqiExtract.Documents;

/// <summary>A cell of a table's grid: its text and where it stands in the document's text.</summary>
/// <param name="Text">The cell's text as the text view has it (whitespace squashed, full-width digits made ASCII): <see cref="ReportDocument.Text"/> at <paramref name="Span"/>.</param>
/// <param name="Span">Where the text stands in <see cref="ReportDocument.Text"/>.</param>
/// <param name="IsHeader">Whether the source marks it a header cell (th).</param>
public sealed record TableCell(string Text, TextSpan Span, bool IsHeader);

/// <summary>A row of a table's grid. A cell spanning rows or columns stands in every place it covers.</summary>
/// <param name="Cells">One entry per column; null where the source row has no cell there.</param>
/// <param name="Span">The row's line in <see cref="ReportDocument.Text"/> (its cells joined by tabs); (0, 0) for a row with no text of its own, which has no line.</param>
public sealed record TableRow(IReadOnlyList<TableCell?> Cells, TextSpan Span);

/// <summary>A table of the document as a grid (rowspan and colspan expanded), with its caption and notes.</summary>
/// <param name="Caption">The caption (表1 2025年主要农产品产量), or null.</param>
/// <param name="Span">From the caption's line (or the first row's) to the last row's in <see cref="ReportDocument.Text"/>.</param>
/// <param name="Rows">The grid's rows, top to bottom.</param>
public sealed record Table(string? Caption, TextSpan Span, IReadOnlyList<TableRow> Rows)
{
    /// <summary>The number of columns of the grid.</summary>
    public int ColumnCount { get; } = Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count);

    /// <summary>
    /// The lines the source writes beside the table rather than in it: a unit line (单位：亿元) between
    /// the caption and the rows, and the notes under it (注：…), joined by line breaks; null where there are none.
    /// They stay lines of the text, outside <see cref="Span"/>.
    /// </summary>
    public string? Note { get; init; }

    /// <summary>How many rows at the top hold only header cells (th).</summary>
    public int HeaderRowCount { get; } = Rows.TakeWhile(r => r.Cells.Any(c => c is not null) && r.Cells.All(c => c is null || c.IsHeader)).Count();
}

/// <summary>A table as a reader hands it to <see cref="DocumentBuilder.AddTable"/>: rows of cells as the source writes them.</summary>
/// <param name="Caption">The caption, or null.</param>
/// <param name="Rows">The source rows, each a list of its cells in order.</param>
public sealed record TableBlock(string? Caption, IReadOnlyList<IReadOnlyList<TableBlockCell>> Rows)
{
    /// <summary>The unit line and the notes the source writes beside the table (单位：亿元, 注：…), one per line; null where there are none.</summary>
    public string? Note { get; init; }
}

/// <summary>A cell as the source writes it.</summary>
/// <param name="Text">Its text.</param>
/// <param name="IsHeader">Whether it is a header cell.</param>
/// <param name="RowSpan">How many rows it spans (1 or more).</param>
/// <param name="ColumnSpan">How many columns it spans (1 or more).</param>
public sealed record TableBlockCell(string Text, bool IsHeader = false, int RowSpan = 1, int ColumnSpan = 1);
