namespace HongqiExtract.Cli.Batch;

/// <summary>
/// Refuses, before anything is opened for writing, an output that would destroy or be read as one
/// of the run's inputs: --output equal to an input file, inside an input directory, or equal to --manifest.
/// </summary>
internal static partial class OutputSafety
{
    public static void Check(ExtractOptions options)
    {
        var outputs = new List<(string Option, string Path)>();
        if (options.Output is { } o) outputs.Add(("--output", Resolve(o)));
        if (options.Manifest is { } m) outputs.Add(("--manifest", Resolve(m)));
        if (outputs.Count == 2 && outputs[0].Path == outputs[1].Path)
            throw new UsageException("--manifest and --output name the same file");
        foreach (var input in options.Batch.Inputs)
        {
            if (input == "-") continue;
            var full = Resolve(input);
            foreach (var (option, path) in outputs)
            {
                if (path == full)
                    throw new UsageException($"{option} {path} is also an input: it would be overwritten before it is read");
                if (Directory.Exists(full) && path.StartsWith(Path.TrimEndingDirectorySeparator(full) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new UsageException($"{option} {path} lies inside the input directory {input}: it would be read as an input");
            }
        }
    }

    /// <summary>The real path: every link along it resolved (realpath), for the part of the path that exists.</summary>
    private static string Resolve(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var missing = new Stack<string>();
        var existing = full;
        while (!File.Exists(existing) && !Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            missing.Push(Path.GetFileName(existing));
            existing = parent;
        }
        var real = RealPath(existing) ?? existing;
        while (missing.Count > 0) real = Path.Combine(real, missing.Pop());
        return Path.TrimEndingDirectorySeparator(real);
    }

    private static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        var resolved = NativeMethods.realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try { return System.Runtime.InteropServices.Marshal.PtrToStringUTF8(resolved); }
        finally { NativeMethods.free(resolved); }
    }

    private static partial class NativeMethods
    {
        [System.Runtime.InteropServices.LibraryImport("libc", StringMarshalling = System.Runtime.InteropServices.StringMarshalling.Utf8)]
        internal static partial IntPtr realpath(string path, IntPtr resolved);

        [System.Runtime.InteropServices.LibraryImport("libc")]
        internal static partial void free(IntPtr pointer);
    }
}
