using HongqiExtract.Reading;
using System.Formats.Tar;
using System.IO.Compression;

namespace HongqiExtract.Batch;

/// <summary>
/// Turns the command line's inputs into items, in a deterministic order: files as given; directories
/// recursively, sorted; zip and tar (.tar, .tar.gz, .tgz) archives entry by entry, streamed, with one
/// level of nested archive; - for stdin. Every problem becomes an item with an error, never an
/// exception, so the batch goes on and the manifest accounts for every input.
/// </summary>
internal sealed class InputEnumerator(BatchOptions options)
{
    /// <summary>The items this shard owns, numbered 0, 1, 2… in input order.</summary>
    public IEnumerable<BatchItem> Enumerate() =>
        EnumerateAll().Where(item => options.Shard.Owns(item.Id)).Select((item, index) => item with { Sequence = index });

    private IEnumerable<BatchItem> EnumerateAll()
    {
        foreach (var input in options.Inputs)
        {
            if (input == "-" && options.StandardInputJsonLines)
            {
                foreach (var item in JsonLines(Console.In)) yield return item;
            }
            else if (input == "-")
            {
                foreach (var item in Single("-", () => Console.OpenStandardInput())) yield return item;
            }
            else if (Directory.Exists(input))
            {
                foreach (var (file, error) in DirectoryWalker.Walk(input))
                {
                    var relative = Path.GetRelativePath(input, file).Replace('\\', '/');
                    if (error is not null) { yield return Error(relative, error); continue; }
                    if (!options.Selects(relative)) continue;
                    // A directory's README.md or MANIFEST.tsv is no report: only document types are read unless --include names others.
                    if (options.Include.Count == 0 && !DocumentTypes.IsDocument(relative))
                    {
                        if (options.Shard.Owns(relative)) yield return new BatchItem(0, relative, null, null, DocumentTypes.SkipReason(relative));
                        continue;
                    }
                    foreach (var item in FileOrArchive(file, relative)) yield return item;
                }
            }
            else if (File.Exists(input))
            {
                foreach (var item in FileOrArchive(input, input)) yield return item;
            }
            else
            {
                yield return Error(input, "no such file or directory");
            }
        }
    }

    /// <summary>--stdin-jsonl: one document per line, {"doc": "...", "text": "..."} (Spark's RDD.pipe, for one).</summary>
    internal IEnumerable<BatchItem> JsonLines(TextReader reader)
    {
        long line = 0;
        while (reader.ReadLine() is { } json)
        {
            line++;
            if (json.Trim().Length == 0) continue;
            string? id = null, text = null, error = null;
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(json);
                var root = document.RootElement;
                id = root.TryGetProperty("doc", out var d) ? d.GetString() : null;
                text = root.TryGetProperty("text", out var t) ? t.GetString() : null;
                if (text is null) error = "no \"text\" field";
            }
            catch (System.Text.Json.JsonException e) { error = $"not a JSON object: {e.Message}"; }
            id ??= $"-:{line}";
            if (error is not null) yield return Error(id, error);
            else if (System.Text.Encoding.UTF8.GetByteCount(text!) > options.MaxDocumentBytes) yield return Error(id, $"more than --max-doc-bytes {options.MaxDocumentBytes:N0} bytes: not read");
            else yield return new BatchItem(0, id, System.Text.Encoding.UTF8.GetBytes(text!), null);
        }
    }

    private IEnumerable<BatchItem> FileOrArchive(string path, string id)
    {
        // A .docx or .ofd renamed .zip is a document: the content decides, not the name.
        if (ArchiveKind(path) is { } kind && !(kind == "zip" && DocumentTypes.IsZipDocument(path)))
        {
            foreach (var item in Archive(id, () => File.OpenRead(path), kind, nested: false)) yield return item;
        }
        else
        {
            foreach (var item in Single(id, () => File.OpenRead(path))) yield return item;
        }
    }

    private IEnumerable<BatchItem> Single(string id, Func<Stream> open, long? expectedLength = null)
    {
        if (!options.Shard.Owns(id)) yield break;
        byte[]? bytes = null;
        string? error = null;
        try
        {
            using var stream = open();
            bytes = ReadBounded(stream);
            // A tar entry cut short by a truncated archive must not pass as a whole document.
            if (expectedLength is { } expected && bytes.LongLength != expected)
                error = $"truncated archive entry: {bytes.LongLength:N0} of {expected:N0} bytes";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error = e.Message;
        }
        yield return error is null ? new BatchItem(0, id, bytes, null) : Error(id, error);
    }

    private IEnumerable<BatchItem> Archive(string archiveId, Func<Stream> open, string kind, bool nested)
    {
        string? failure = null;
        Stream? stream = null;
        IEnumerator<ArchiveEntry>? reader = null;
        // Each document is held back one step, so a failed end-of-archive check can still mark the last one.
        BatchItem? held = null;
        try
        {
            stream = open();
            reader = Entries(stream, kind).GetEnumerator();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or FormatException)
        {
            failure = $"unreadable {kind} archive: {e.Message}";
        }
        while (reader is not null)
        {
            ArchiveEntry entry;
            try
            {
                if (!reader.MoveNext()) break;
                entry = reader.Current;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or FormatException or EndOfStreamException)
            {
                // A truncated or corrupt archive: what was read stays, the archive itself reports the error.
                failure = $"corrupt or truncated {kind} archive: {e.Message}";
                break;
            }
            if (entry.IsArchiveFault)
            {
                // The archive's end-of-stream check failed after its last entry: that entry may be incomplete.
                if (held is not null) held = Error(held.Id, entry.Problem!);
                else failure = entry.Problem;
                continue;
            }
            var id = archiveId + "!" + entry.Name;
            if (held is not null) yield return held;
            held = null;
            if (entry.Problem is not null) { yield return Error(id, entry.Problem); continue; }
            if (!options.Selects(entry.Name)) continue;
            if (ArchiveKind(entry.Name) is { } innerKind)
            {
                foreach (var item in Inner(id, entry, innerKind, nested)) yield return item;
                continue;
            }
            foreach (var item in Single(id, entry.Open!, entry.Length)) held = item;
        }
        if (held is not null) yield return held;
        reader?.Dispose();
        stream?.Dispose();
        if (failure is not null) yield return Error(archiveId, failure);
    }

    /// <summary>One archive entry: its name, a way to open it (or why it is refused), and the length its header states.
    /// <see cref="IsArchiveFault"/> marks a fault of the archive's end (a gzip trailer that is missing or wrong), not an entry.</summary>
    private readonly record struct ArchiveEntry(string Name, Func<Stream>? Open, string? Problem, long? Length = null, bool IsArchiveFault = false);

    /// <summary>The entries of an archive with a way to open each, or the reason an entry is refused.</summary>
    private static IEnumerable<ArchiveEntry> Entries(Stream stream, string kind)
    {
        if (kind == "zip")
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue; // a directory
                var problem = UnsafePath(entry.FullName);
                yield return new ArchiveEntry(entry.FullName, problem is null ? entry.Open : null, problem);
            }
            yield break;
        }
        var counted = kind == "tar.gz" ? new CountingStream(new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) : null;
        Stream tarStream = counted ?? stream;
        using (var tar = new TarReader(tarStream, leaveOpen: true))
        {
            while (tar.GetNextEntry(copyData: false) is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile)) continue;
                var data = entry.DataStream;
                yield return new ArchiveEntry(entry.Name, data is null ? () => new MemoryStream() : () => data, UnsafePath(entry.Name), entry.Length);
            }
        }
        if (counted is null) yield break;
        if (GzipTrailer.Check(counted, stream) is { } trailerProblem) yield return new ArchiveEntry("", null, trailerProblem, IsArchiveFault: true);
        counted.Dispose();
    }

    /// <summary>Entries are only read, never written; a path that would escape a folder is still refused and reported.</summary>
    private static string? UnsafePath(string name)
    {
        var n = name.Replace('\\', '/');
        if (n.StartsWith('/') || (n.Length > 1 && n[1] == ':')) return "absolute path in archive: not read";
        if (n.Split('/').Any(segment => segment == "..")) return "path with .. in archive: not read";
        return null;
    }

    /// <summary>An archive inside an archive, read one level deep.</summary>
    private IEnumerable<BatchItem> Inner(string id, ArchiveEntry entry, string kind, bool nested)
    {
        if (nested) return [Error(id, "archive nested more than one level: not read")];
        byte[] inner;
        try
        {
            using var s = entry.Open!();
            inner = ReadBounded(s);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return [Error(id, e.Message)];
        }
        return Archive(id, () => new MemoryStream(inner), kind, nested: true);
    }

    private byte[] ReadBounded(Stream stream) =>
        BoundedReader.TryReadAll(stream, options.MaxDocumentBytes, out var bytes)
            ? bytes
            : throw new InvalidDataException($"more than --max-doc-bytes {options.MaxDocumentBytes:N0} bytes (a zip bomb or an oversized document): not read");

    private static BatchItem Error(string id, string error) => new(0, id, null, error);

    public static string? ArchiveKind(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.EndsWith(".zip", StringComparison.Ordinal)) return "zip";
        if (n.EndsWith(".tar.gz", StringComparison.Ordinal) || n.EndsWith(".tgz", StringComparison.Ordinal)) return "tar.gz";
        if (n.EndsWith(".tar", StringComparison.Ordinal)) return "tar";
        return null;
    }
}
