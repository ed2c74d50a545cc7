using HongqiExtract.Reading;
using HongqiExtract.Documents;
namespace HongqiExtract.Benchmarks;

/// <summary>The real corpus (../shared/corpus/real), read once and normalized, as the benchmarks' input.</summary>
public static class Corpus
{
    private static readonly Lazy<IReadOnlyList<ReportDocument>> LazyDocuments = new(() =>
        Directory.GetFiles(Root(), "*.txt").Order(StringComparer.Ordinal).Select(f => ReportReader.Read(ReportSource.FromFile(f))).ToList());

    public static IReadOnlyList<ReportDocument> Documents => LazyDocuments.Value;

    public static long Characters => Documents.Sum(d => (long)d.Text.Length);

    /// <summary>The repository's root: the folder holding HongqiExtract.sln above the benchmark's binaries.</summary>
    public static string Repository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HongqiExtract.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("HongqiExtract.sln not found above the benchmark's binaries");
    }

    public static string Root()
    {
        if (Environment.GetEnvironmentVariable("HONGQI_SHARED") is { Length: > 0 } shared) return Path.Combine(shared, "corpus", "real");
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HongqiExtract.sln"))) dir = dir.Parent;
        return Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared", "corpus", "real"));
    }

    /// <summary>
    /// Runs a pass over the corpus again and again for two seconds (at least three times), so the JIT's
    /// tier-up of the code it runs is done before BenchmarkDotNet measures: a pass of 100 ms gets few
    /// warm-up iterations, and on two cores the optimized code of a whole pipeline arrives over about
    /// ten passes (270 ms for the first measured one, 85 ms for the eleventh, without this).
    /// </summary>
    public static void WarmUp(Action pass)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int done = 0; done < 3 || (watch.Elapsed < TimeSpan.FromSeconds(2) && done < 30); done++) pass();
    }
}
