using HongqiExtract.Documents;
using HongqiExtract.Reading.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace HongqiExtract.Reading.Pdf;

/// <summary>
/// Reads a PDF's text layer through PdfPig: each page's characters (Chinese through the fonts'
/// ToUnicode maps) into lines in reading order, columns read one after the other; page numbers and
/// running headers and footers dropped; lines joined into paragraphs; aligned rows left to the
/// text-table finder. A PDF with no text at all (a scan) or one that needs a password is an error
/// naming the file; a scanned page among text pages is a diagnostic.
/// </summary>
internal sealed class PdfReportReader : IReportReader
{
    public string Format => "pdf";

    public bool CanRead(SourceContent content) => content.HasBytes && BinaryFormats.IsPdf(content.Bytes);

    public ReportDocument Read(SourceContent content)
    {
        using var pdf = Open(content);
        var pages = new List<List<LayoutLine>>();
        var scanned = new List<int>();
        foreach (var page in pdf.GetPages())
        {
            var glyphs = page.Letters.Select(l => new Glyph(l.Value, l.StartBaseLine.X, l.EndBaseLine.X, l.StartBaseLine.Y, l.PointSize)).ToList();
            if (glyphs.TrueForAll(g => string.IsNullOrWhiteSpace(g.Value)) && page.NumberOfImages > 0) scanned.Add(page.Number);
            pages.Add(LineBuilder.Build(glyphs, page.Width));
        }
        if (pages.TrueForAll(p => p.Count == 0))
            throw new ReportReadException(content.Id, scanned.Count > 0 ? "no text layer: scanned PDF, OCR is not supported" : "the PDF holds no text");
        var builder = content.CreateBuilder();
        builder.FindsTablesInText = true;
        if (pdf.Information.Title is { Length: > 0 } title && title.Any(c => c >= 0x4E00)) builder.Title = title;
        foreach (int number in scanned)
            builder.AddDiagnostic(new Diagnostic(DiagnosticCode.PageWithoutText, $"page {number} has no text layer (a scanned page): not read"));
        ParagraphJoiner.AddTo(builder, RunningLines.Remove(pages));
        return builder.Build();
    }

    private static PdfDocument Open(SourceContent content)
    {
        try
        {
            return PdfDocument.Open(content.Bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ReportReadException(content.Id, "encrypted PDF: it needs a password, not read", e);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or ReportReadException))
        {
            throw new ReportReadException(content.Id, $"not a readable PDF: {e.Message}", e);
        }
    }
}
