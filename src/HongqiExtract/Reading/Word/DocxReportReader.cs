using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using System.Xml;
using HongqiExtract.Documents;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// Reads a Word .docx through the Open XML SDK: its body's paragraphs in order (list items as
/// paragraphs), heading styles and outline levels as headings, tables into the table model with their
/// caption above and notes below, content controls opened; footnotes, comments and deleted text are
/// not body text and are not read. The zip package is opened under the hostile-archive rules first.
/// </summary>
internal sealed class DocxReportReader : IReportReader
{
    public string Format => "docx";

    public bool CanRead(SourceContent content) =>
        content.HasBytes && BinaryFormats.ZipHas(content.Bytes, "[Content_Types].xml", "word/document.xml");

    public ReportDocument Read(SourceContent content)
    {
        // The SDK inflates parts itself: the package is checked before it sees it.
        BinaryFormats.OpenPackage(content.Bytes, content.Id, content.Options.MaxDocumentBytes).Dispose();
        WordprocessingDocument word;
        try
        {
            word = WordprocessingDocument.Open(new MemoryStream(content.Bytes, writable: false), false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException)
        {
            throw new ReportReadException(content.Id, $"not a readable Word document: {e.Message}", e);
        }
        using (word)
        {
            var body = word.MainDocumentPart?.Document?.Body ?? throw new ReportReadException(content.Id, "the Word document has no body");
            var headings = new DocxHeadings(word.MainDocumentPart!.StyleDefinitionsPart?.Styles);
            var blocks = new DocxBlocks(headings);
            try
            {
                blocks.Read(body);
            }
            catch (XmlException e)
            {
                throw new ReportReadException(content.Id, $"broken XML in the Word document: {e.Message}", e);
            }
            var builder = content.CreateBuilder();
            builder.Title = blocks.Title ?? (word.PackageProperties.Title is { Length: > 0 } title ? title : null);
            blocks.AddTo(builder);
            if (builder.IsEmpty) throw new ReportReadException(content.Id, "the Word document holds no text");
            return builder.Build();
        }
    }
}

/// <summary>A legacy binary Office file (.doc, .xls, .ppt): refused with what to do about it.</summary>
internal sealed class LegacyOfficeReader : IReportReader
{
    public string Format => "doc";

    public bool CanRead(SourceContent content) => content.HasBytes && BinaryFormats.IsLegacyOffice(content.Bytes);

    public ReportDocument Read(SourceContent content) =>
        throw new ReportReadException(content.Id, "a legacy Word .doc (OLE2) is not supported: convert it to .docx");
}
