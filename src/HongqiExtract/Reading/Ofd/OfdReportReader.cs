using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using HongqiExtract.Documents;
using HongqiExtract.Reading.Layout;

namespace HongqiExtract.Reading.Ofd;

/// <summary>
/// Reads an OFD (GB/T 33190, the national fixed-layout format): a zip whose OFD.xml names the
/// document root, whose Document.xml lists the pages, each page's Content.xml holding TextObjects
/// with TextCode runs placed by X, Y and DeltaX. The characters go through the same layout stage as
/// PDF (lines, columns, running lines, paragraphs). Opened under the hostile-archive rules; XML with a
/// DTD is refused.
/// </summary>
internal sealed class OfdReportReader : IReportReader
{
    public string Format => "ofd";

    public bool CanRead(SourceContent content) => content.HasBytes && BinaryFormats.ZipHas(content.Bytes, "OFD.xml");

    public ReportDocument Read(SourceContent content)
    {
        string id = content.Id;
        long limit = content.Options.MaxDocumentBytes;
        using var zip = BinaryFormats.OpenPackage(content.Bytes, id, limit);
        try
        {
            var ofd = Load(zip, "OFD.xml", id, limit);
            string root = Child(ofd.Root, "DocBody", "DocRoot")?.Value.Trim() ?? throw new ReportReadException(id, "OFD.xml names no DocRoot");
            var document = Load(zip, root, id, limit);
            string folder = Folder(root);
            var box = Box(Child(document.Root, "CommonData", "PageArea", "PhysicalBox")?.Value);
            var pages = new List<List<LayoutLine>>();
            foreach (var page in Descendants(document.Root, "Page").Where(p => p.Attribute("BaseLoc") is not null))
            {
                var pageContent = Load(zip, Resolve(folder, page.Attribute("BaseLoc")!.Value), id, limit);
                var pageBox = Box(Child(pageContent.Root, "Area", "PhysicalBox")?.Value) ?? box ?? (0, 0, 210, 297);
                pages.Add(LineBuilder.Build(OfdGlyphs.Of(pageContent.Root!, pageBox.Height), pageBox.Width));
            }
            if (pages.TrueForAll(p => p.Count == 0)) throw new ReportReadException(id, "the OFD holds no text (scanned pages are not read: OCR is not supported)");
            var builder = content.CreateBuilder();
            builder.FindsTablesInText = true;
            if (Child(ofd.Root, "DocBody", "DocInfo", "Title")?.Value is { Length: > 0 } title) builder.Title = title.Trim();
            ParagraphJoiner.AddTo(builder, RunningLines.Remove(pages));
            return builder.Build();
        }
        catch (XmlException e)
        {
            throw new ReportReadException(id, $"broken XML in the OFD: {e.Message}", e);
        }
    }

    private static XDocument Load(ZipArchive zip, string path, string id, long limit)
    {
        var entry = zip.GetEntry(path.TrimStart('/')) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path.TrimStart('/'), StringComparison.OrdinalIgnoreCase))
            ?? throw new ReportReadException(id, $"the OFD has no {path}");
        var bytes = BinaryFormats.ReadEntry(entry, id, limit);
        // No DTDs: an entity that expands a billion times is no document.
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }

    /// <summary>A path the OFD gives relative to the file that names it, or from the package root when it starts with /.</summary>
    private static string Resolve(string folder, string path) =>
        path.StartsWith('/') ? path.TrimStart('/') : folder.Length == 0 ? path : folder + "/" + path;

    private static string Folder(string path)
    {
        int slash = path.TrimStart('/').LastIndexOf('/');
        return slash < 0 ? "" : path.TrimStart('/')[..slash];
    }

    /// <summary>A PhysicalBox "x y width height", in millimetres.</summary>
    private static (double X, double Y, double Width, double Height)? Box(string? text)
    {
        var parts = OfdGlyphs.Numbers(text);
        return parts.Count == 4 ? (parts[0], parts[1], parts[2], parts[3]) : null;
    }

    private static XElement? Child(XElement? element, params string[] path)
    {
        foreach (var name in path) element = element?.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        return element;
    }

    private static IEnumerable<XElement> Descendants(XElement? element, string name) =>
        element?.Descendants().Where(e => e.Name.LocalName == name) ?? [];
}
