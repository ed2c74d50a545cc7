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

    /// <summary>The build configuration the tests run under (Debug or Release), to find the tool and samples built beside them.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{System.IO.Path.DirectorySeparatorChar}Debug{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    private static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("HONGQI_SHARED");
        var candidate = configured is { Length: > 0 } ? System.IO.Path.GetFullPath(configured) : System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        // One clear message for every test that needs the shared corpus, not a DirectoryNotFoundException each.
        return Directory.Exists(System.IO.Path.Combine(candidate, "corpus")) && Directory.Exists(System.IO.Path.Combine(candidate, "gold"))
            ? candidate
            : throw new InvalidOperationException($"this test needs ../shared (corpus/, gold/, spec/) and found none at {candidate}"
                + (configured is { Length: > 0 } ? " (from HONGQI_SHARED)" : "") + "; set HONGQI_SHARED to the folder that holds them.");
    }
}
