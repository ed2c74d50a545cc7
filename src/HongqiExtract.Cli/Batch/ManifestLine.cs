using System.Text.Json;

namespace HongqiExtract.Cli.Batch;

/// <summary>
/// A manifest line as ManifestWriter writes it, read back for merge and --resume: the fields they use,
/// from a JSON object that has "status" and "bytes" (a record line has neither).
/// </summary>
internal sealed record ManifestLine(string Doc, string Status, int Records, string? Error, string? Sha256)
{
    public static ManifestLine? From(JsonElement root)
    {
        if (!root.TryGetProperty("status", out var status) || !root.TryGetProperty("bytes", out _)) return null;
        return new ManifestLine(root.GetProperty("doc").GetString() ?? throw new FormatException("doc is null"), status.GetString() ?? "",
            root.TryGetProperty("records", out var n) ? n.GetInt32() : 0, Text(root, "error"), Text(root, "sha256"));
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
