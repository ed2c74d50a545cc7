using System.Diagnostics;
using System.IO.Compression;

namespace HongqiExtract.Tests.Batch;

/// <summary>samples/BatchToCsv, built with the solution, turns a zip into a CSV and a manifest through the library's batch API.</summary>
public sealed class BatchSampleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-sample-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_batch_sample_writes_every_record_of_a_zip_and_a_manifest_line_per_entry()
    {
        var sample = Path.Combine(SharedData.RepoRoot, "samples", "BatchToCsv", "bin", SharedData.Configuration, "net10.0", "BatchToCsv.dll");
        Assert.True(File.Exists(sample), $"{sample} is built with HongqiExtract.sln");
        var zip = Path.Combine(_dir, "reports.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(SharedData.Real("gov-report-2026-henan-province.txt"), "henan.txt");
            archive.CreateEntryFromFile(Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt"), "hongqi.txt");
            archive.CreateEntry("empty.txt").Open().Dispose();
        }
        string csv = Path.Combine(_dir, "out.csv"), manifest = Path.Combine(_dir, "manifest.jsonl");
        var start = new ProcessStartInfo("dotnet", [sample, zip, csv, manifest]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var run = Process.Start(start)!;
        string stdout = run.StandardOutput.ReadToEnd(), stderr = run.StandardError.ReadToEnd();
        run.WaitForExit();
        // One entry is empty: the run names it and exits 1, and everything else is written.
        Assert.True(run.ExitCode == 1, stderr);
        Assert.Contains("empty.txt", stderr, StringComparison.Ordinal);
        var lines = File.ReadAllLines(manifest);
        Assert.Equal(3, lines.Length);
        int expected = new HongqiExtract.Pipeline.IndicatorExtractor().Extract(HongqiExtract.Reading.ReportSource.FromFile(SharedData.Real("gov-report-2026-henan-province.txt"))).Records.Count
            + new HongqiExtract.Pipeline.IndicatorExtractor().Extract(HongqiExtract.Reading.ReportSource.FromFile(Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt"))).Records.Count;
        Assert.Equal(expected, File.ReadAllLines(csv).Count(l => l.Contains(".zip!", StringComparison.Ordinal)));
        Assert.Contains($"{expected} records", stdout, StringComparison.Ordinal);
    }
}
