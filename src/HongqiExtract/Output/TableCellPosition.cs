namespace HongqiExtract.Output;

/// <summary>Where a record from a table stands: the table's index in the document, the grid's row and column (0-based).</summary>
/// <param name="Table">The index in <see cref="Documents.ReportDocument.Tables"/>.</param>
/// <param name="Row">The grid row.</param>
/// <param name="Column">The grid column.</param>
public sealed record TableCellPosition(int Table, int Row, int Column);
