using HongqiExtract.Pipeline;

namespace HongqiExtract.Batch;

/// <summary>
/// What a batch reads and how: inputs (files, directories searched recursively, zip and tar archives,
/// <c>-</c> for standard input), which files of a directory or archive to take, how large a document may
/// be, which shard of the inputs is this run's, and how many documents are extracted at once.
/// </summary>
public sealed record BatchOptions
{
    /// <summary>The default bound on one document's bytes: 64 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 64L * 1024 * 1024;

    private readonly IReadOnlyList<string> _include = [], _exclude = [];
    private Glob[] _includeGlobs = [], _excludeGlobs = [];

    /// <summary>Creates options for the given inputs.</summary>
    /// <param name="inputs">Files, directories, archives (.zip, .tar, .tar.gz, .tgz) or <c>-</c> for standard input.</param>
    public BatchOptions(IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Inputs = inputs;
    }

    /// <summary>The inputs, in the order their documents are yielded.</summary>
    public IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Globs a file under a directory or in an archive must match to be read (* within a segment, ** across, ? one character; a pattern without / matches the file name). Empty: the document types.</summary>
    public IReadOnlyList<string> Include
    {
        get => _include;
        init { _include = value ?? []; _includeGlobs = [.. _include.Select(g => new Glob(g))]; }
    }

    /// <summary>Globs that leave a file out.</summary>
    public IReadOnlyList<string> Exclude
    {
        get => _exclude;
        init { _exclude = value ?? []; _excludeGlobs = [.. _exclude.Select(g => new Glob(g))]; }
    }

    /// <summary>A document larger than this is not read (an error in its manifest entry).</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>The shard of the inputs this run owns; <see cref="BatchShard.All"/> by default.</summary>
    public BatchShard Shard { get; init; } = BatchShard.All;

    /// <summary>Documents extracted at once, on dedicated threads; results come in input order whatever it is.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Standard input (<c>-</c>) holds JSON Lines of <c>{"doc": id, "text": text}</c>, one document each.</summary>
    public bool StandardInputJsonLines { get; init; }

    /// <summary>
    /// Inputs a previous run has done, by doc id, with the SHA-256 of their bytes (its manifest's ok lines):
    /// an input with the same id and content is not extracted again and gives no result, so the run
    /// continues that one as a new part. An input whose content changed is done again.
    /// </summary>
    public IReadOnlyDictionary<string, string>? AlreadyDone { get; init; }

    /// <summary>
    /// Whether each input's SHA-256 is computed for its manifest entry (<see cref="ManifestEntry.Sha256"/>); on by
    /// default. Off, <see cref="ManifestEntry.Sha256"/> is null unless <see cref="AlreadyDone"/> is set (a resumed run
    /// compares digests): a run that writes no manifest need not hash every byte it reads.
    /// </summary>
    public bool DigestInputs { get; init; } = true;

    /// <summary>Where the batch logs each input (a warning for a failure, debug for the rest); none by default.</summary>
    public Microsoft.Extensions.Logging.ILogger? Logger { get; init; }

    /// <summary>How each document is read and extracted.</summary>
    public ExtractorOptions Extractor { get; init; } = ExtractorOptions.Default;

    /// <summary>Whether a file found under a directory or inside an archive is taken, by the globs.</summary>
    internal bool Selects(string relativePath) =>
        (_includeGlobs.Length == 0 || _includeGlobs.Any(g => g.IsMatch(relativePath))) && !_excludeGlobs.Any(g => g.IsMatch(relativePath));
}
