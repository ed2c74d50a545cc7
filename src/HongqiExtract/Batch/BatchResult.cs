using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;

namespace HongqiExtract.Batch;

/// <summary>What became of one input of a batch.</summary>
public enum ManifestStatus
{
    /// <summary>Read and extracted.</summary>
    Ok,
    /// <summary>Not read or not extracted; <see cref="ManifestEntry.Error"/> says why.</summary>
    Error,
    /// <summary>Not a document type read from a directory (README.md); <see cref="ManifestEntry.Error"/> says why.</summary>
    Skipped,
}

/// <summary>One input's line of a batch manifest: every input of a run gets exactly one.</summary>
/// <param name="Doc">The document's id (its path relative to the input directory, or archive.zip!inner/path).</param>
/// <param name="Bytes">The input's size in bytes.</param>
/// <param name="Encoding">The encoding its text was decoded from, when it was read.</param>
/// <param name="Status">ok, error or skipped.</param>
/// <param name="Error">Why it failed or was skipped; null when ok.</param>
/// <param name="Records">How many records it gave.</param>
/// <param name="Milliseconds">How long extraction took.</param>
public sealed record ManifestEntry(string Doc, long Bytes, string? Encoding, ManifestStatus Status, string? Error, int Records, double Milliseconds)
{
    /// <summary>The SHA-256 of the input's bytes (lower-case hex), so a resumed run knows an input it has done; null when it was not read, or when <see cref="BatchOptions.DigestInputs"/> was off.</summary>
    public string? Sha256 { get; init; }
}

/// <summary>One input of a batch: its manifest entry and, when it was read, the extraction.</summary>
/// <param name="Entry">The manifest entry.</param>
/// <param name="Extraction">The document and its records; null for an input that failed or was skipped.</param>
public sealed record BatchResult(ManifestEntry Entry, ExtractionResult? Extraction)
{
    /// <summary>The records, none for an input that failed.</summary>
    public IReadOnlyList<IndicatorRecord> Records => Extraction?.Records ?? [];

    /// <summary>What reading repaired and extraction skipped.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Extraction?.Diagnostics ?? [];
}

/// <summary>How far a batch has got: inputs found and done, bytes known ahead and done, records and failures so far.</summary>
/// <param name="DocumentsFound">Inputs found so far (taken up to four per job ahead of those done).</param>
/// <param name="BytesFound">Their bytes.</param>
/// <param name="DocumentsDone">Inputs written (or yielded).</param>
/// <param name="BytesDone">Their bytes.</param>
/// <param name="Records">Records written (or yielded).</param>
/// <param name="Failed">Inputs that failed.</param>
public readonly record struct BatchProgress(long DocumentsFound, long BytesFound, long DocumentsDone, long BytesDone, long Records, long Failed);
