using System.IO.Compression;

namespace HongqiExtract.Reading;

/// <summary>
/// Tells binary formats by their first bytes, not their names: %PDF, gzip, the OLE container of legacy
/// Office files, and the zip packages of Word (.docx: [Content_Types].xml with word/document.xml) and
/// OFD (OFD.xml at the root). Opens a zip package under the hostile-archive rules the batch applies to
/// zip inputs: no path that climbs out, no more entries or inflated bytes than the limits allow.
/// </summary>
internal static class BinaryFormats
{
    /// <summary>A package with more entries than this is not a document.</summary>
    private const int MaxEntries = 10_000;

    /// <summary>How far into a file the %PDF header may start (some writers put junk before it).</summary>
    private const int PdfHeaderReach = 1024;

    public static bool IsPdf(byte[] bytes) => bytes.AsSpan(0, Math.Min(bytes.Length, PdfHeaderReach)).IndexOf("%PDF-"u8) >= 0;

    public static bool IsGzip(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    public static bool IsZip(byte[] bytes) => bytes.AsSpan().StartsWith("PK\u0003\u0004"u8);

    /// <summary>The OLE2 compound file of .doc, .xls and .ppt.</summary>
    public static bool IsLegacyOffice(byte[] bytes) => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>Whether a zip holds an entry with one of these names (case-insensitive); false for a broken zip.</summary>
    public static bool ZipHas(byte[] bytes, params string[] names)
    {
        if (!IsZip(bytes)) return false;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return names.All(entries.Contains);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Opens a zip package, refusing one that breaks the hostile-archive rules.</summary>
    /// <param name="bytes">The package.</param>
    /// <param name="id">The input, for errors.</param>
    /// <param name="maxBytes">The most its entries may inflate to, together.</param>
    /// <exception cref="ReportReadException">The package is broken, climbs out of its folder or is a zip bomb.</exception>
    public static ZipArchive OpenPackage(byte[] bytes, string id, long maxBytes)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new ReportReadException(id, $"broken zip package: {e.Message}", e);
        }
        long total = 0;
        if (zip.Entries.Count > MaxEntries) Refuse(zip, id, $"{zip.Entries.Count:N0} entries in the package: not a document");
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName.Replace('\\', '/');
            if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':') || name.Split('/').Contains("..")) Refuse(zip, id, $"entry {entry.FullName} climbs out of the package: not read");
            total += entry.Length;
            if (total > maxBytes) Refuse(zip, id, $"the package inflates to more than {maxBytes:N0} bytes (a zip bomb or an oversized document): not read");
        }
        return zip;
    }

    /// <summary>An entry's bytes, at most <paramref name="maxBytes"/> of them whatever its header claims.</summary>
    public static byte[] ReadEntry(ZipArchiveEntry entry, string id, long maxBytes)
    {
        using var stream = entry.Open();
        return BoundedReader.TryReadAll(stream, maxBytes, out var bytes)
            ? bytes
            : throw new ReportReadException(id, $"entry {entry.FullName} inflates to more than {maxBytes:N0} bytes: not read");
    }

    private static void Refuse(ZipArchive zip, string id, string reason)
    {
        zip.Dispose();
        throw new ReportReadException(id, reason);
    }
}
