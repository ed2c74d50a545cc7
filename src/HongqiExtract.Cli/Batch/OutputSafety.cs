namespace HongqiExtract.Cli.Batch;

/// <summary>
/// Refuses, before anything is opened for writing, an output that would destroy or be read as one
/// of the run's inputs: --output equal to an input file, inside an input directory, or equal to --manifest.
/// </summary>
internal static class OutputSafety
{
    public static void Check(BatchOptions options)
    {
        var outputs = new List<(string Option, string Path)>();
        if (options.Output is { } o) outputs.Add(("--output", Resolve(o)));
        if (options.Manifest is { } m) outputs.Add(("--manifest", Resolve(m)));
        if (outputs.Count == 2 && outputs[0].Path == outputs[1].Path)
            throw new UsageException("--manifest and --output name the same file");
        foreach (var input in options.Inputs)
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

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full)) return Path.TrimEndingDirectorySeparator(full);
        try
        {
            var info = Directory.Exists(full) ? (FileSystemInfo)new DirectoryInfo(full) : new FileInfo(full);
            if (info.ResolveLinkTarget(returnFinalTarget: true) is { } target) full = target.FullName;
        }
        catch (IOException) { /* a dangling or looping link: compare by its own path */ }
        return Path.TrimEndingDirectorySeparator(full);
    }
}
