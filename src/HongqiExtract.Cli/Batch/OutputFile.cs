using Microsoft.Win32.SafeHandles;

namespace HongqiExtract.Cli.Batch;

/// <summary>
/// All-or-nothing output. A file is written to a temporary file in the destination's folder and
/// renamed over the destination on <see cref="Commit"/>, so an interruption, a crash or a full disk
/// leaves the old file as it was (SIGKILL may leave the hidden temporary file, never a torn output).
/// Standard output, devices (/dev/full, /dev/null) and pipes are written directly: there is nothing
/// to replace there.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string? _destination;
    private readonly string? _temporary;
    private bool _committed;

    private OutputFile(Stream stream, string name, string? destination, string? temporary)
    {
        Stream = stream;
        Name = name;
        _destination = destination;
        _temporary = temporary;
    }

    /// <summary>Where to write.</summary>
    public Stream Stream { get; }

    /// <summary>The output as the user named it, for messages.</summary>
    public string Name { get; }

    /// <summary>Standard output, unbuffered by the console layer so a closed pipe is reported, not swallowed.</summary>
    public static OutputFile StandardOutput() =>
        new(new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1 << 16), "standard output", null, null);

    /// <summary>Opens <paramref name="path"/> for writing; the destination is untouched until <see cref="Commit"/>.</summary>
    /// <exception cref="UsageException">The destination's folder does not exist, or it is a folder.</exception>
    public static OutputFile Create(string path, string option)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new UsageException($"{option} {path} is a directory");
        // Through a link, the file the link names is the one written (and the one a device check looks at).
        if (File.Exists(full) && new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target) full = target.FullName;
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new UsageException($"{option} {path}: the folder {folder} does not exist");
        if (File.Exists(full) && OpenIfNotAFile(full) is { } direct) return new OutputFile(direct, path, null, null);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.hongqi.tmp");
        return new OutputFile(new WritebackStream(new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16)), path, full, temporary);
    }

    /// <summary>Flushes to disk and puts the new file in place of the old.</summary>
    public void Commit()
    {
        if (Stream is WritebackStream written) written.File.Flush(flushToDisk: true);
        else Stream.Flush();
        Stream.Dispose();
        if (_temporary is not null) File.Move(_temporary, _destination!, overwrite: true);
        _committed = true;
    }

    /// <summary>Without a commit: the temporary file is removed and the destination keeps what it had.</summary>
    public void Dispose()
    {
        if (_committed) return;
        try { Stream.Dispose(); }
        catch (IOException) { /* a full disk refuses the last flush too: the temporary file goes anyway */ }
        if (_temporary is not null) File.Delete(_temporary);
    }

    /// <summary>
    /// A device or a named pipe, opened for writing (a FIFO waits for its reader, as writing to it should);
    /// null for a regular file, which is replaced by rename instead. Devices are never renamed over.
    /// </summary>
    private static FileStream? OpenIfNotAFile(string path)
    {
        if (path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal))
            return new FileStream(path, FileMode.Create, FileAccess.Write);
        FileStream probe;
        try { probe = new FileStream(path, FileMode.Open, FileAccess.Write); }
        catch (UnauthorizedAccessException) { return null; }
        if (!probe.CanSeek) return probe;
        probe.Dispose();
        return null;
    }
}
