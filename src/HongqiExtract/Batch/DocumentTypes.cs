using System.IO.Compression;

namespace HongqiExtract.Batch;

/// <summary>
/// The file types a directory input reads by default: text (.txt, .text, .csv), web pages (.htm, .html,
/// .xhtml, .shtml), PDF, Word .docx, OFD, and those gzip-compressed (.txt.gz), besides the archives
/// (.zip, .tar, .tar.gz, .tgz). Anything else in a directory (README.md, MANIFEST.tsv, images) is
/// skipped and the manifest says so; --include reads it anyway.
/// </summary>
internal static class DocumentTypes
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".csv", ".htm", ".html", ".xhtml", ".shtml", ".pdf", ".docx", ".ofd", ".doc",
    };

    /// <summary>Whether a file is read from a directory by default: a document type, gzip-compressed or not, or an archive.</summary>
    public static bool IsDocument(string path)
    {
        if (InputEnumerator.ArchiveKind(path) is not null) return true;
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Extensions.Contains(Path.GetExtension(name));
    }

    /// <summary>
    /// The document files of inputs that are files or directories, for the commands that extract
    /// documents themselves (panel, catalogue): a file as given, a directory's documents by type
    /// (archives aside; hongqi extract reads those), sorted.
    /// </summary>
    public static IEnumerable<string> Files(IEnumerable<string> inputs) =>
        inputs.SelectMany(input => Directory.Exists(input)
            ? DirectoryWalker.Walk(input).Where(f => f.Error is null && IsDocument(f.Path) && InputEnumerator.ArchiveKind(f.Path) is null).Select(f => f.Path)
            : [input]);

    public static string SkipReason(string path) =>
        $"not a document type read from a directory ({(Path.GetExtension(path) is { Length: > 0 } e ? e : "no extension")}): pass --include to read it";

    /// <summary>Whether a .zip file is a Word document or an OFD rather than an archive of documents.</summary>
    public static bool IsZipDocument(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry("OFD.xml") is not null || (zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return false; // read as an archive, which reports what is wrong with it
        }
    }
}
