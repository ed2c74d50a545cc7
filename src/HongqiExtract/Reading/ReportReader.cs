using HongqiExtract.Documents;
using HongqiExtract.Reading.Compressed;
using HongqiExtract.Reading.Html;
using HongqiExtract.Reading.Ofd;
using HongqiExtract.Reading.Pdf;
using HongqiExtract.Reading.Word;
using HongqiExtract.Reading.PlainText;

namespace HongqiExtract.Reading;

/// <summary>
/// Reads a <see cref="ReportSource"/> into a segmented <see cref="ReportDocument"/> with the first reader
/// that can read it: those of <see cref="ReaderOptions.Readers"/>, then the binary formats told by
/// their first bytes, whatever the file is called (gzip, PDF, Word .docx, OFD; a legacy .doc is
/// refused), then HTML, then plain text. Stateless and thread-safe.
/// </summary>
public static class ReportReader
{
    private static readonly HtmlReader Html = new();
    private static readonly PlainTextReader PlainText = new();

    /// <summary>Content decides, not the name: each of these reads only what its magic bytes say it is.</summary>
    private static readonly IReportReader[] BinaryReaders =
        [new GzipReportReader(), new PdfReportReader(), new DocxReportReader(), new OfdReportReader(), new LegacyOfficeReader()];

    /// <summary>Reads, cleans, normalizes and segments one report.</summary>
    /// <param name="source">The report to read.</param>
    /// <param name="options">Limits, overrides and extra readers; the defaults when null.</param>
    /// <exception cref="ReportReadException">The input is empty, binary, too large, or in an undetectable encoding.</exception>
    public static ReportDocument Read(ReportSource source, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var content = new SourceContent(source, options ?? ReaderOptions.Default);
        foreach (var reader in content.Options.Readers.Concat(BinaryReaders))
        {
            try
            {
                if (reader.CanRead(content)) return reader.Read(content);
            }
            catch (Exception e) when (e is not (ReportReadException or OutOfMemoryException or OperationCanceledException))
            {
                // A plug-in reader's bug is that input's error, named with the reader, never a crash of the batch.
                throw new ReportReadException(source.Id, $"the {reader.Format} reader failed: {e.Message}", e);
            }
        }
        // Plain text reads everything but what the caller called HTML, so one of the two always reads.
        return Html.CanRead(content) ? Html.Read(content) : PlainText.Read(content);
    }
}
