using System.Text.Encodings.Web;
using System.Text.Json;

namespace HongqiExtract.Batch;

/// <summary>
/// Writes a batch manifest: one JSON line per input (doc, bytes, sha256, encoding, status ok, error or skipped,
/// error, records, ms), as <c>hongqi extract --manifest</c> does.
/// </summary>
public sealed class ManifestWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream _stream;

    /// <summary>Writes to a stream (UTF-8).</summary>
    /// <param name="stream">Where the lines go; left open.</param>
    public ManifestWriter(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>Writes one entry as a line.</summary>
    /// <param name="entry">The entry.</param>
    public void Write(ManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using (var json = new Utf8JsonWriter(_stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("doc", entry.Doc);
            json.WriteNumber("bytes", entry.Bytes);
            if (entry.Sha256 is null) json.WriteNull("sha256"); else json.WriteString("sha256", entry.Sha256);
            if (entry.Encoding is null) json.WriteNull("encoding"); else json.WriteString("encoding", entry.Encoding);
            json.WriteString("status", entry.Status switch { ManifestStatus.Ok => "ok", ManifestStatus.Skipped => "skipped", _ => "error" });
            if (entry.Error is { } why) json.WriteString("error", why); else json.WriteNull("error");
            json.WriteNumber("records", entry.Records);
            json.WriteNumber("ms", Math.Round(entry.Milliseconds, 1));
            json.WriteEndObject();
        }
        _stream.WriteByte((byte)'\n');
    }
}
