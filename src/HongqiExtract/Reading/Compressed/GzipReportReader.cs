using System.IO.Compression;
using HongqiExtract.Documents;

namespace HongqiExtract.Reading.Compressed;

/// <summary>
/// Reads a gzip-compressed document (report.txt.gz, page.html.gz, report.pdf.gz): inflated within
/// the size limit, then read by whichever reader its content calls for, under the same id. A gzip
/// inside a gzip is refused: a document is compressed once.
/// </summary>
internal sealed class GzipReportReader : IReportReader
{
    public string Format => "gzip";

    public bool CanRead(SourceContent content) => content.HasBytes && BinaryFormats.IsGzip(content.Bytes);

    public ReportDocument Read(SourceContent content)
    {
        byte[] inflated;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(content.Bytes, writable: false), CompressionMode.Decompress);
            if (!BoundedReader.TryReadAll(gzip, content.Options.MaxDocumentBytes, out inflated))
                throw new ReportReadException(content.Id, $"inflates to more than {content.Options.MaxDocumentBytes:N0} bytes (a gzip bomb or an oversized document): not read");
        }
        catch (InvalidDataException e)
        {
            throw new ReportReadException(content.Id, $"broken gzip data: {e.Message}", e);
        }
        // GZipStream returns what it could of a cut file without a word: the trailer's length says whether all of it came.
        var bytes = content.Bytes;
        if (bytes.Length < 18 || BitConverter.ToUInt32(bytes, bytes.Length - 4) != (uint)inflated.Length)
            throw new ReportReadException(content.Id, "truncated or corrupt gzip: the inflated length is not the one its trailer states");
        if (BinaryFormats.IsGzip(inflated)) throw new ReportReadException(content.Id, "gzip inside gzip: not read");
        if (inflated.Length == 0) throw new ReportReadException(content.Id, "the input is empty");
        return ReportReader.Read(ReportSource.FromBytes(inflated, content.Id, content.Format), content.Options);
    }
}
