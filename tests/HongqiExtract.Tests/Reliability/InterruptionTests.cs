using System.Diagnostics;

namespace HongqiExtract.Tests.Reliability;

/// <summary>
/// The tool as a process, stopped part-way: SIGTERM stops it cleanly (without a manifest keeping the old
/// output, with one leaving a part that --resume and merge complete), and SIGKILL at any moment leaves
/// either the old output or the complete new one, never a torn file (D2).
/// </summary>
public sealed class InterruptionTests : IDisposable
{
    private const string OldContent = "the previous run's output\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-kill-").FullName;
    private readonly string _inputs;

    public InterruptionTests()
    {
        // 720 documents: a run lasts about a second from dotnet build's output on a 2-core machine.
        _inputs = Path.Combine(_dir, "inputs");
        var reports = Directory.GetFiles(SharedData.Path("corpus", "real"), "gov-report-*.txt").Order(StringComparer.Ordinal).ToList();
        for (int copy = 0; copy < 20; copy++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_inputs, $"copy{copy}")).FullName;
            foreach (var report in reports) File.Copy(report, Path.Combine(folder, Path.GetFileName(report)));
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Process Start(string output, string? manifest, params string[] more)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "hongqi.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { tool, "extract", _inputs, "--output", output, "--quiet", "--jobs", "2" }) info.ArgumentList.Add(a);
        if (manifest is not null) { info.ArgumentList.Add("--manifest"); info.ArgumentList.Add(manifest); }
        foreach (var a in more) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private string CompleteRun()
    {
        var output = Path.Combine(_dir, "complete.jsonl");
        using var p = Start(output, Path.Combine(_dir, "complete.manifest.jsonl"));
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        return File.ReadAllText(output);
    }

    private async Task<string> StopAsync(Process p)
    {
        var stderr = p.StandardError.ReadToEndAsync();
        // Stopped once records are on disk, not after a fixed time: a faster batch had finished the whole
        // run (about a second here) before a one-second delay was up.
        await WaitForRecordsAsync(p);
        Assert.False(p.HasExited, "the run finished before it could be stopped: give it more documents");
        Signal(p, "TERM");
        await p.WaitForExitAsync();
        Assert.Equal(143, p.ExitCode);
        return await stderr;
    }

    /// <summary>Returns once the run's temporary output holds bytes (or the run has ended, which the caller then sees).</summary>
    private async Task WaitForRecordsAsync(Process p)
    {
        var clock = Stopwatch.StartNew();
        while (!p.HasExited && !Directory.GetFiles(_dir, "*.hongqi.tmp").Any(f => new FileInfo(f).Length > 0))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the run wrote no records in a minute");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task Sigterm_without_a_manifest_stops_cleanly_and_keeps_the_old_output()
    {
        var output = Path.Combine(_dir, "out.jsonl");
        File.WriteAllText(output, OldContent);
        using var p = Start(output, null);
        var err = await StopAsync(p);
        Assert.Equal(OldContent, File.ReadAllText(output));
        Assert.Contains("interrupted", err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public async Task Sigterm_with_a_manifest_keeps_a_part_that_resume_and_merge_complete_to_one_run()
    {
        string part1 = Path.Combine(_dir, "part1.jsonl"), manifest1 = part1 + ".manifest";
        File.WriteAllText(part1, OldContent);
        using (var p = Start(part1, manifest1))
            Assert.Contains("--resume", await StopAsync(p), StringComparison.Ordinal);
        // The part and its manifest agree: every record's document is done, with as many records as it says.
        var done = File.ReadAllLines(manifest1).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .ToDictionary(m => m.GetProperty("doc").GetString()!, m => m.GetProperty("records").GetInt32());
        Assert.NotEmpty(done);
        var counts = File.ReadAllLines(part1).GroupBy(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(done.Where(d => d.Value > 0).OrderBy(d => d.Key, StringComparer.Ordinal), counts.OrderBy(d => d.Key, StringComparer.Ordinal));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));

        string part2 = Path.Combine(_dir, "part2.jsonl"), manifest2 = part2 + ".manifest";
        using (var p = Start(part2, manifest2, "--resume", manifest1))
        {
            p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.Equal(0, p.ExitCode);
        }
        Assert.DoesNotContain(File.ReadAllLines(manifest2), l => done.ContainsKey(System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()!));
        CompleteRun();
        string merged = Path.Combine(_dir, "merged.jsonl"), whole = Path.Combine(_dir, "whole.jsonl");
        var err = new StringWriter();
        Assert.Equal(0, await HongqiExtract.Cli.CommandLine.RunAsync(["merge", part1, manifest1, part2, manifest2, "-o", merged], new StringWriter(), err));
        Assert.Equal(0, await HongqiExtract.Cli.CommandLine.RunAsync(["merge", Path.Combine(_dir, "complete.jsonl"), Path.Combine(_dir, "complete.manifest.jsonl"), "-o", whole], new StringWriter(), err));
        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(merged));
    }

    [Fact]
    public async Task Sigkill_at_any_moment_leaves_the_old_output_or_the_complete_new_one()
    {
        var complete = CompleteRun();
        var outcomes = new List<string>();
        foreach (int delay in new[] { 200, 900, 2500, 4500 })
        {
            var output = Path.Combine(_dir, $"killed-{delay}.jsonl");
            File.WriteAllText(output, OldContent);
            using var p = Start(output, output + ".manifest");
            var drain = p.StandardError.ReadToEndAsync();
            bool exited = p.WaitForExit(delay);
            if (!exited) { Signal(p, "KILL"); await p.WaitForExitAsync(); }
            await drain;
            var now = File.ReadAllText(output);
            Assert.True(now == OldContent || now == complete, $"killed after {delay} ms: the output is neither the old file nor the complete new one ({now.Length} characters)");
            outcomes.Add(now == OldContent ? "old" : "new");
        }
        Assert.Contains("old", outcomes);
    }
}
