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
}
