using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// The parts of a .docx the reader needs, found as Open Packaging Conventions find them: the package's
/// relationships name the main document part (word/document.xml when they are missing) and the core
/// properties, the main part's relationships name its styles. Parts are read under the package's
/// inflation limit, and XML with a DTD is refused.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly string _id;
    private readonly long _limit;
    private readonly string _mainPath;

    private DocxPackage(ZipArchive zip, string id, long limit)
    {
        _zip = zip;
        _id = id;
        _limit = limit;
        _mainPath = Related("", "officeDocument").FirstOrDefault() ?? "word/document.xml";
    }

    /// <summary>Opens a package, refusing one that breaks the hostile-archive rules.</summary>
    /// <exception cref="ReportReadException">The zip is broken or hostile.</exception>
    public static DocxPackage Open(byte[] bytes, string id, long limit) => new(BinaryFormats.OpenPackage(bytes, id, limit), id, limit);

    /// <summary>The main document part.</summary>
    /// <exception cref="ReportReadException">The package has no main document part.</exception>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    public XDocument MainDocument() => Load(_mainPath) ?? throw new ReportReadException(_id, $"the Word document has no {_mainPath}");

    /// <summary>The style definitions part, null when the document has none.</summary>
    public XDocument? Styles() => Related(_mainPath, "styles").Select(Load).FirstOrDefault(d => d is not null);

    /// <summary>The title in the package's core properties (dc:title), null when it has none.</summary>
    public string? Title()
    {
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        var core = Related("", "core-properties").Select(Load).FirstOrDefault(d => d is not null);
        return core?.Root?.Element(dc + "title")?.Value is { Length: > 0 } title ? title : null;
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>
    /// The parts a part (or the package, for "") relates to by a relationship type ending in
    /// /<paramref name="kind"/>: the transitional and strict namespaces of the types differ, the last
    /// segment does not.
    /// </summary>
    private IEnumerable<string> Related(string source, string kind)
    {
        string folder = Folder(source);
        string rels = (folder.Length == 0 ? "" : folder + "/") + "_rels/" + source[(source.LastIndexOf('/') + 1)..] + ".rels";
        var relationships = Load(rels)?.Root?.Elements().Where(e => e.Name.LocalName == "Relationship") ?? [];
        foreach (var relationship in relationships)
        {
            if ((string?)relationship.Attribute("TargetMode") == "External") continue;
            if (((string?)relationship.Attribute("Type"))?.EndsWith("/" + kind, StringComparison.Ordinal) != true) continue;
            if ((string?)relationship.Attribute("Target") is { Length: > 0 } target) yield return Resolve(folder, Uri.UnescapeDataString(target));
        }
    }

    /// <summary>A part's XML, null when the package has no such part.</summary>
    private XDocument? Load(string path)
    {
        var entry = _zip.GetEntry(path) ?? _zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), path, StringComparison.OrdinalIgnoreCase));
        if (entry is null) return null;
        var bytes = BinaryFormats.ReadEntry(entry, _id, _limit);
        // No DTDs: an entity that expands a billion times is no document.
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }

    /// <summary>A relationship's target: from the package root when it starts with /, else from the source's folder, .. climbing.</summary>
    private static string Resolve(string folder, string target)
    {
        var parts = target.StartsWith('/') || folder.Length == 0 ? new List<string>() : [.. folder.Split('/')];
        foreach (var segment in target.TrimStart('/').Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment is not ("." or "")) parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static string Folder(string path) => path.LastIndexOf('/') is int slash and >= 0 ? path[..slash] : "";
}
