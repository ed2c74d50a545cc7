namespace HongqiExtract.Batch;

/// <summary>
/// One input of a batch, in input order: a document's bytes (already bounded by the options' maximum),
/// or the error that kept it from being read. Every input becomes exactly one item, so the manifest
/// accounts for all of them. A file a directory holds that is no document type read by default
/// (README.md, MANIFEST.tsv) is an item <see cref="Skipped"/>, with the reason, not an error.
/// </summary>
internal sealed record BatchItem(long Sequence, string Id, byte[]? Bytes, string? Error, string? Skipped = null);
