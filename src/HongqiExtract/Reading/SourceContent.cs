using HongqiExtract.Documents;

namespace HongqiExtract.Reading;

/// <summary>
/// A source's content as readers see it: its bytes (read once, within the size limit) and its text
/// decoded from any common Chinese encoding (once, when first asked for). Errors name the input.
/// </summary>
public sealed class SourceContent
{
    private readonly ReportSource _source;
    private byte[]? _bytes;
    private string? _text;
    private string _encoding = "utf-16";
    private readonly List<Diagnostic> _diagnostics = [];
    private ReportReadException? _failure;

    internal SourceContent(ReportSource source, ReaderOptions options)
    {
        _source = source;
        Options = options;
    }

    /// <summary>The source's id.</summary>
    public string Id => _source.Id;

    /// <summary>The file's path, for sources read from a file.</summary>
    public string? Path => _source.Path;

    /// <summary>The caller's format hint.</summary>
    public SourceFormat Format => _source.Format;

    /// <summary>The reading options.</summary>
    public ReaderOptions Options { get; }

    /// <summary>Whether the source holds bytes (a file, bytes or a stream) rather than text already decoded.</summary>
    public bool HasBytes => !_source.HasText;

    /// <summary>The raw bytes; only for sources that hold bytes (<see cref="HasBytes"/>).</summary>
    /// <exception cref="ReportReadException">The input cannot be read or is larger than the limit.</exception>
    public byte[] Bytes => _bytes ??= Remember(() => Guard(() => _source.ReadBytes(Options.MaxDocumentBytes)));

    /// <summary>The decoded text: never empty, at most the size limit in characters.</summary>
    /// <exception cref="ReportReadException">The input is empty, binary, too large, or in an undetectable encoding.</exception>
    public string Text => _text ??= Remember(Decode);

    /// <summary>The encoding the text was decoded from (utf-16 for text given as a string).</summary>
    public string Encoding
    {
        get
        {
            _ = Text;
            return _encoding;
        }
    }

    /// <summary>What decoding repaired, for the document's diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>
    /// A document builder for this source, set up as every reader needs it: the id, the encoding, the
    /// caller's report-year override and what decoding repaired. A reader adds its blocks and builds.
    /// </summary>
    public DocumentBuilder CreateBuilder()
    {
        // The encoding is known only once text was decoded; a binary format's reader (PDF, Word) never decodes and sets its own.
        var builder = new DocumentBuilder(Id) { Encoding = _text is not null || _source.HasText ? _encoding : DocumentBuilder.BinaryEncoding, ReportYear = Options.ReportYear };
        foreach (var diagnostic in _diagnostics) builder.AddDiagnostic(diagnostic);
        return builder;
    }

    /// <summary>A read that failed fails the same way when asked again: a stream is never read twice.</summary>
    private T Remember<T>(Func<T> read)
    {
        if (_failure is not null) throw _failure;
        try
        {
            return read();
        }
        catch (ReportReadException e)
        {
            _failure = e;
            throw;
        }
    }

    private string Decode()
    {
        string decoded;
        Diagnostic? diagnostic = null;
        if (_source.HasText) decoded = _source.Text;
        else
        {
            (decoded, _encoding) = TextDecoder.Decode(Bytes, Id, out var repaired);
            if (repaired is not null) diagnostic = new Diagnostic(DiagnosticCode.InvalidBytesReplaced, repaired);
        }
        if (decoded.Length == 0) throw new ReportReadException(Id, "the input is empty");
        if (decoded.Length > Options.MaxDocumentBytes) throw new ReportReadException(Id, $"the text has {decoded.Length:N0} characters, more than the limit");
        if (diagnostic is not null) _diagnostics.Add(diagnostic);
        return decoded;
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (IOException e)
        {
            throw new ReportReadException(Id, e.Message, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ReportReadException(Id, e.Message, e);
        }
    }
}
