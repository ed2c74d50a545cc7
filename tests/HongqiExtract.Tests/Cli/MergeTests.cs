using HongqiExtract.Cli;

namespace HongqiExtract.Tests.Cli;

/// <summary>hongqi merge: shards back into one run, and every input accounted for exactly once.</summary>
public sealed class MergeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-merge-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string P(string name) => Path.Combine(_dir, name);

    private static async Task<(int Code, string Err)> Run(params string[] args)
    {
        var err = new StringWriter();
        int code = await CommandLine.RunAsync(args, new StringWriter(), err);
        return (code, err.ToString());
    }

    private async Task<List<string>> ShardsAsync(int count)
    {
        var corpus = SharedData.Path("corpus", "real");
        var parts = new List<string>();
        for (int k = 0; k < count; k++)
        {
            Assert.Equal(0, (await Run("extract", corpus, "--shard", $"{k}/{count}", "-o", P($"part-{k}.jsonl"), "--manifest", P($"part-{k}.manifest"), "-q")).Code);
            parts.AddRange([P($"part-{k}.jsonl"), P($"part-{k}.manifest")]);
        }
        Assert.Equal(0, (await Run("extract", corpus, "-o", P("one.jsonl"), "--manifest", P("one.manifest"), "-q")).Code);
        File.WriteAllLines(P("inputs.txt"), File.ReadAllLines(P("one.manifest")).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()!));
        return parts;
    }

    [Fact]
    public async Task Three_shards_merge_to_the_bytes_of_one_run_merged()
    {
        var parts = await ShardsAsync(3);
        var (code, err) = await Run(["merge", .. parts, "-o", P("merged.jsonl"), "--manifest", P("merged.manifest"), "--inputs", P("inputs.txt")]);
        Assert.True(code == 0, err);
        Assert.Equal(0, (await Run("merge", P("one.jsonl"), P("one.manifest"), "-o", P("whole.jsonl"), "--manifest", P("whole.manifest"))).Code);
        Assert.Equal(File.ReadAllBytes(P("whole.jsonl")), File.ReadAllBytes(P("merged.jsonl")));
        // The manifests agree but for the time each document took.
        static IEnumerable<string> Untimed(string path) => File.ReadLines(path).Select(l => System.Text.RegularExpressions.Regex.Replace(l, "\"ms\":[0-9.]+", ""));
        Assert.Equal(Untimed(P("whole.manifest")), Untimed(P("merged.manifest")));
        Assert.True(new FileInfo(P("merged.jsonl")).Length > 1_000_000);
    }

    [Fact]
    public async Task A_missing_shard_and_a_duplicated_one_are_named_and_fail_the_merge()
    {
        var parts = await ShardsAsync(3);
        var (missing, missingErr) = await Run(["merge", .. parts.Take(4), "-o", P("m.jsonl"), "--inputs", P("inputs.txt")]);
        Assert.Equal(1, missing);
        Assert.Contains("in --inputs but in no part's manifest", missingErr, StringComparison.Ordinal);
        // A shard run twice into other files; the same file named twice (a glob's overlap) is no duplicate.
        File.Copy(parts[0], P("again.jsonl"));
        File.Copy(parts[1], P("again.manifest"));
        Assert.Equal(0, (await Run(["merge", .. parts, parts[0], parts[1], "-o", P("same.jsonl"), "--inputs", P("inputs.txt")])).Code);
        var (duplicate, duplicateErr) = await Run(["merge", .. parts, P("again.jsonl"), P("again.manifest"), "-o", P("d.jsonl"), "--inputs", P("inputs.txt")]);
        Assert.Equal(1, duplicate);
        Assert.Contains("done in 2 parts", duplicateErr, StringComparison.Ordinal);
        // A duplicate's records are written once.
        Assert.Equal(File.ReadAllLines(P("one.jsonl")).Length, File.ReadAllLines(P("d.jsonl")).Length);
        // Records whose document no manifest lists are named too.
        var (orphan, orphanErr) = await Run(["merge", parts[0], parts[3], "-o", P("o.jsonl")]);
        Assert.Equal(1, orphan);
        Assert.Contains("records with no manifest line", orphanErr, StringComparison.Ordinal);
    }
}

/// <summary>hongqi catalogue unmatched: the same coverage and names from a records file as from the documents it came from.</summary>
public sealed class CatalogueUnmatchedTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-catalogue-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_records_file_and_its_documents_give_the_same_report()
    {
        var report = SharedData.Real("gov-report-2026-henan-province.txt");
        var records = Path.Combine(_dir, "henan.parquet");
        Assert.Equal(0, await CommandLine.RunAsync(["extract", report, "-o", records, "-q"], new StringWriter(), new StringWriter()));
        var fromDocument = new StringWriter();
        var fromRecords = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["catalogue", "unmatched", report, "--top", "10"], fromDocument, new StringWriter()));
        Assert.Equal(0, await CommandLine.RunAsync(["catalogue", "unmatched", records, "--top", "10"], fromRecords, new StringWriter()));
        Assert.StartsWith("coverage: ", fromDocument.ToString(), StringComparison.Ordinal);
        Assert.Equal(11, fromDocument.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(fromDocument.ToString(), fromRecords.ToString());
    }
}
