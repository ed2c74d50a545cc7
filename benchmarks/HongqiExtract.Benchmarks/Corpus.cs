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

    public static string Root()
    {
        if (Environment.GetEnvironmentVariable("HONGQI_SHARED") is { Length: > 0 } shared) return Path.Combine(shared, "corpus", "real");
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HongqiExtract.sln"))) dir = dir.Parent;
        return Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared", "corpus", "real"));
    }
}
