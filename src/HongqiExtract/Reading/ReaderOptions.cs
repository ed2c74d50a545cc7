namespace HongqiExtract.Reading;

/// <summary>Options for reading reports.</summary>
/// <param name="MaxDocumentBytes">The largest input accepted, in bytes; larger ones fail with an error naming them.</param>
/// <param name="ReportYear">Overrides the report year found in the document (its title, date line or file name).</param>
/// <param name="MaxLineLength">The longest line of plain text accepted, in characters; a longer one (a binary blob, a
/// runaway dump) fails with an error naming the input rather than slowing the whole batch.</param>
public sealed record ReaderOptions(long MaxDocumentBytes = 64L * 1024 * 1024, int? ReportYear = null, int MaxLineLength = 1_000_000)
{
    /// <summary>The defaults: 64 MB per document, report year from the document.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>
    /// Readers asked before the built-in ones (HTML, then plain text), in order: the first whose
    /// <see cref="IReportReader.CanRead"/> says yes reads the source. Empty by default.
    /// </summary>
    public IReadOnlyList<IReportReader> Readers { get; init; } = [];
}
