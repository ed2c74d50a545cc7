using System.Text.Encodings.Web;
using System.Text.Json;

namespace HongqiExtract.Cli.Batch;

/// <summary>--manifest: one JSON line per input (doc, bytes, encoding, status ok, error or skipped, error, records, ms), in input order.</summary>
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
            // A skipped input is no failure: its status says so and "error" says why it was not read.
            json.WriteString("status", outcome.Skipped is not null ? "skipped" : outcome.Error is null ? "ok" : "error");
            if ((outcome.Error ?? outcome.Skipped) is { } why) json.WriteString("error", why); else json.WriteNull("error");
            json.WriteNumber("records", outcome.Records.Count);
            json.WriteNumber("ms", Math.Round(outcome.Milliseconds, 1));
            json.WriteEndObject();
        }
        _stream.WriteByte((byte)'\n');
    }
}
