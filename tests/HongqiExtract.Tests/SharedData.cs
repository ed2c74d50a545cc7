namespace HongqiExtract.Tests;

/// <summary>Locates ../shared (the read-only corpus, gold and specs beside the checkout).</summary>
internal static class SharedData
{
    private static readonly Lazy<string> RootPath = new(Find);

    public static string Root => RootPath.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Real(string name) => Path("corpus", "real", name);

    public static string Passage(string name) => Path("corpus", "passages", name);

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "HongqiExtract.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("HongqiExtract.sln not found above the test binaries.");
        }
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("HONGQI_SHARED") is { Length: > 0 } configured) return configured;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(candidate)
            ? candidate
            : throw new InvalidOperationException($"The shared corpus was not found at {candidate}; set HONGQI_SHARED.");
    }
}
