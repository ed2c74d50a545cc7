using System.Text.Encodings.Web;
using System.Text.Json;

namespace HongqiExtract.Cli.Batch;

/// <summary>--manifest: one JSON line per input (doc, bytes, encoding, status, error, records, ms), in input order.</summary>
internal sealed class ManifestWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream _stream;

    public ManifestWriter(Stream stream) => _stream = stream;

    public void Write(BatchOutcome outcome)
    {
        using (var json = new Utf8JsonWriter(_stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("doc", outcome.Item.Id);
            json.WriteNumber("bytes", outcome.ByteCount);
            if (outcome.Encoding is null) json.WriteNull("encoding"); else json.WriteString("encoding", outcome.Encoding);
            json.WriteString("status", outcome.Error is null ? "ok" : "error");
            if (outcome.Error is null) json.WriteNull("error"); else json.WriteString("error", outcome.Error);
            json.WriteNumber("records", outcome.Records.Count);
            json.WriteNumber("ms", Math.Round(outcome.Milliseconds, 1));
            json.WriteEndObject();
        }
        _stream.WriteByte((byte)'\n');
    }
}
