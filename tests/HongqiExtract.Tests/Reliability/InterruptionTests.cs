using System.Diagnostics;

namespace HongqiExtract.Tests.Reliability;

/// <summary>
/// The tool as a process, stopped part-way: SIGTERM stops it cleanly, and SIGKILL at any moment leaves
/// either the old output or the complete new one, never a torn file (D2).
/// </summary>
public sealed class InterruptionTests : IDisposable
{
    private const string OldContent = "the previous run's output\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-kill-").FullName;
    private readonly string _inputs;

    public InterruptionTests()
    {
        // Enough documents that a run lasts a few seconds on a 2-core machine.
        _inputs = Path.Combine(_dir, "inputs");
        var reports = Directory.GetFiles(SharedData.Path("corpus", "real"), "gov-report-*.txt").Order(StringComparer.Ordinal).ToList();
        for (int copy = 0; copy < 20; copy++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_inputs, $"copy{copy}")).FullName;
            foreach (var report in reports) File.Copy(report, Path.Combine(folder, Path.GetFileName(report)));
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Process Start(string output, string manifest)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "hongqi.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { tool, "extract", _inputs, "--output", output, "--manifest", manifest, "--quiet", "--jobs", "2" }) info.ArgumentList.Add(a);
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

    [Fact]
    public async Task Sigterm_stops_cleanly_keeps_the_old_output_and_says_what_was_done()
    {
        var output = Path.Combine(_dir, "out.jsonl");
        var manifest = Path.Combine(_dir, "out.manifest.jsonl");
        File.WriteAllText(output, OldContent);
        using var p = Start(output, manifest);
        var stderr = p.StandardError.ReadToEndAsync();
        await Task.Delay(1000);
        Signal(p, "TERM");
        await p.WaitForExitAsync();
        var err = await stderr;
        Assert.Equal(143, p.ExitCode);
        Assert.Equal(OldContent, File.ReadAllText(output));
        Assert.Contains("interrupted", err, StringComparison.Ordinal);
        Assert.All(File.ReadAllLines(manifest), l => Assert.Contains("\"status\":\"ok\"", l, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
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
