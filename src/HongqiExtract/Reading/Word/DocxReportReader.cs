using System.Xml;
using HongqiExtract.Documents;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// Reads a Word .docx (WordprocessingML, transitional or strict): its body's paragraphs in order (list
/// items as paragraphs), heading styles and outline levels as headings, tables into the table model
/// with their caption above and notes below, content controls opened; footnotes, comments and deleted
/// text are not body text and are not read. The zip package is opened under the hostile-archive rules.
/// </summary>
internal sealed class DocxReportReader : IReportReader
{
    public string Format => "docx";

    public bool CanRead(SourceContent content) =>
        content.HasBytes && BinaryFormats.ZipHas(content.Bytes, "[Content_Types].xml", "word/document.xml");

    public ReportDocument Read(SourceContent content)
    {
        using var package = DocxPackage.Open(content.Bytes, content.Id, content.Options.MaxDocumentBytes);
        DocxBlocks blocks;
        string? title;
        try
        {
            var main = package.MainDocument().Root;
            var w = WordNames.Of(main) ?? throw new ReportReadException(content.Id, "not a readable Word document: its main part is not a WordprocessingML document");
            var body = main!.Element(w.Body) ?? throw new ReportReadException(content.Id, "the Word document has no body");
            blocks = new DocxBlocks(new DocxHeadings(package.Styles()?.Root, w), w);
            blocks.Read(body);
            title = blocks.Title ?? package.Title();
        }
        catch (XmlException e)
        {
            throw new ReportReadException(content.Id, $"broken XML in the Word document: {e.Message}", e);
        }
        var builder = content.CreateBuilder();
        builder.Title = title;
        blocks.AddTo(builder);
        if (builder.IsEmpty) throw new ReportReadException(content.Id, "the Word document holds no text");
        return builder.Build();
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
