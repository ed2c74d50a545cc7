using HongqiExtract.Documents;

namespace HongqiExtract.Reading;

/// <summary>
/// Reads one format into a <see cref="ReportDocument"/>: the seam a new format (PDF, Word, OFD) plugs
/// into. A reader looks at the content, turns it into blocks of text and hands them to a
/// <see cref="DocumentBuilder"/>, which normalizes, segments and finds the metadata. Register one
/// through <see cref="ReaderOptions.Readers"/>. Implementations must be thread-safe.
/// </summary>
public interface IReportReader
{
    /// <summary>A short name of the format, for messages (<c>html</c>, <c>text</c>, <c>pdf</c>).</summary>
    string Format { get; }

    /// <summary>Whether this reader reads the content: by its bytes, its decoded text, its file name or the caller's format hint.</summary>
    /// <param name="content">The source's content, read on demand.</param>
    bool CanRead(SourceContent content);

    /// <summary>Reads the content.</summary>
    /// <param name="content">The source's content.</param>
    /// <exception cref="ReportReadException">The content is broken or holds no text.</exception>
    ReportDocument Read(SourceContent content);
}
