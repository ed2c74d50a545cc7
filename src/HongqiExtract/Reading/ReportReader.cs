using HongqiExtract.Normalization;
using HongqiExtract.Reading;
using HongqiExtract.Structure;

namespace HongqiExtract;

/// <summary>Options for reading reports.</summary>
/// <param name="MaxDocumentBytes">The largest input accepted, in bytes; larger ones fail with an error naming them.</param>
/// <param name="ReportYear">Overrides the report year found in the document (its title, date line or file name).</param>
/// <param name="MaxLineLength">The longest line of plain text accepted, in characters; a longer one (a binary blob, a
/// runaway dump) fails with an error naming the input rather than slowing the whole batch.</param>
public sealed record ReaderOptions(long MaxDocumentBytes = 64L * 1024 * 1024, int? ReportYear = null, int MaxLineLength = 1_000_000)
{
    /// <summary>The defaults: 64 MB per document, report year from the document.</summary>
    public static ReaderOptions Default { get; } = new();
}

/// <summary>Reads a <see cref="ReportSource"/> into a segmented <see cref="ReportDocument"/>. Stateless and thread-safe.</summary>
public static class ReportReader
{
    /// <summary>Reads, cleans, normalizes and segments one report.</summary>
    /// <param name="source">The report to read.</param>
    /// <param name="options">Limits and overrides; the defaults when null.</param>
    /// <exception cref="ReportReadException">The input is empty, binary, too large, or in an undetectable encoding.</exception>
    public static ReportDocument Read(ReportSource source, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ReaderOptions.Default;
        string decoded, encoding;
        var diagnostics = new List<string>();
        try
        {
            if (source.HasText) (decoded, encoding) = (source.Text, "utf-16");
            else
            {
                (decoded, encoding) = TextDecoder.Decode(source.ReadBytes(options.MaxDocumentBytes), source.Id, out var repaired);
                if (repaired is not null) diagnostics.Add(repaired);
            }
        }
        catch (IOException e)
        {
            throw new ReportReadException(source.Id, e.Message, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ReportReadException(source.Id, e.Message, e);
        }
        if (decoded.Length == 0) throw new ReportReadException(source.Id, "the input is empty");
        if (decoded.Length > options.MaxDocumentBytes) throw new ReportReadException(source.Id, $"the text has {decoded.Length:N0} characters, more than the limit");

        var document = IsHtml(source, decoded) ? ReadHtml(source, decoded, encoding, options, diagnostics) : ReadPlain(source, decoded, encoding, options);
        return diagnostics.Count == 0 ? document : document.WithDiagnostics(diagnostics);
    }

    private static bool IsHtml(ReportSource source, string decoded)
    {
        if (source.Format != SourceFormat.Auto) return source.Format == SourceFormat.Html;
        var head = decoded.AsSpan(0, Math.Min(decoded.Length, 2048)).TrimStart();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && (head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase)));
    }

    private static ReportDocument ReadPlain(ReportSource source, string decoded, string encoding, ReaderOptions options)
    {
        int longest = LongestLine(decoded);
        if (longest > options.MaxLineLength)
            throw new ReportReadException(source.Id, $"a line has {longest:N0} characters, more than the limit of {options.MaxLineLength:N0}: not a report's text");
        var (plain, map) = TextCleaner.Clean(decoded);
        if (plain.Length == 0) throw new ReportReadException(source.Id, "the input holds no text");
        return Assemble(source.Id, decoded, plain, map, encoding, null, null, null, options);
    }

    private static int LongestLine(string text)
    {
        int longest = 0, start = 0;
        while (start < text.Length)
        {
            int end = text.AsSpan(start).IndexOfAny('\n', '\r');
            int length = end < 0 ? text.Length - start : end;
            longest = Math.Max(longest, length);
            start += length + 1;
        }
        return longest;
    }

    private static ReportDocument ReadHtml(ReportSource source, string decoded, string encoding, ReaderOptions options, List<string> diagnostics)
    {
        HtmlContent content;
        if (HtmlDepthGuard.Depth(decoded) is var depth && depth > HtmlDepthGuard.MaxDepth)
        {
            // A parser's tree walk grows faster than quadratic with nesting: such a page is read as tag-stripped text.
            diagnostics.Add($"HTML nested {depth:N0} elements deep (more than {HtmlDepthGuard.MaxDepth}): read as flattened text");
            content = HtmlDepthGuard.Flatten(decoded);
        }
        else content = HtmlTextExtractor.Extract(decoded);
        var headingLevels = new Dictionary<int, int>();
        for (int i = 0; i < content.Blocks.Count; i++)
            if (content.Blocks[i].HeadingLevel > 0) headingLevels[i] = content.Blocks[i].HeadingLevel;
        var blockText = string.Join('\n', content.Blocks.Select(b => b.Text));
        if (blockText.Length == 0) throw new ReportReadException(source.Id, "the HTML page holds no text content");
        return Assemble(source.Id, blockText, blockText, OffsetMap.Identity(blockText.Length), encoding, headingLevels, content.Title, content.Date, options);
    }

    private static ReportDocument Assemble(string id, string sourceText, string plain, OffsetMap map, string encoding,
        IReadOnlyDictionary<int, int>? headingLevels, string? htmlTitle, string? htmlDate, ReaderOptions options)
    {
        var text = CharNormalizer.Normalize(plain);
        var (sections, paragraphs, sentences) = StructureBuilder.Build(text, headingLevels);
        var firstLines = paragraphs.Take(40).Select(p => text.Substring(p.Span.Start, p.Span.Length)).ToList();
        var metadata = MetadataExtractor.Extract(firstLines, htmlTitle, htmlDate, id, encoding);
        if (options.ReportYear is { } year) metadata = metadata with { ReportYear = year };
        return new ReportDocument(id, sourceText, plain, text, map, metadata, sections, paragraphs, sentences);
    }
}
