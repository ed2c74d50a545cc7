using HongqiExtract.Documents;
using HongqiExtract.Output;
namespace HongqiExtract.Cli.Batch;

/// <summary>
/// One input of a batch, in input order: a document's bytes (already bounded by --max-doc-bytes),
/// or the error that kept it from being read. Every input becomes exactly one item, so the manifest
/// accounts for all of them. A file a directory holds that is no document type read by default
/// (README.md, MANIFEST.tsv) is an item <see cref="Skipped"/>, with the reason, not an error.
/// </summary>
internal sealed record BatchItem(long Sequence, string Id, byte[]? Bytes, string? Error, string? Skipped = null);

/// <summary>What became of one item: its records, or its error.</summary>
internal sealed record BatchOutcome(BatchItem Item, IReadOnlyList<IndicatorRecord> Records, string? Encoding, string? Error, double Milliseconds)
{
    /// <summary>Why the input was not read, for an input skipped by its type; null otherwise.</summary>
    public string? Skipped => Item.Skipped;

    /// <summary>The input's size in bytes, kept after the bytes themselves are let go.</summary>
    public long ByteCount { get; init; }

    /// <summary>What reading repaired and extraction skipped, for --verbose.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
