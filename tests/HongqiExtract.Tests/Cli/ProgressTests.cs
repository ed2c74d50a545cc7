using System.Diagnostics;

namespace HongqiExtract.Tests.Cli;

/// <summary>The progress bar in a pseudo-terminal (util-linux script): drawn live on a terminal, never under TERM=dumb, and a summary line either way.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-progress-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string RunInTerminal(string term)
    {
        var tool = Path.Combine(SharedData.RepoRoot, "src", "HongqiExtract.Cli", "bin", SharedData.Configuration, "net10.0", "hongqi.dll");
        var samples = Path.Combine(SharedData.RepoRoot, "samples");
        var log = Path.Combine(_dir, term + ".log");
        var start = new ProcessStartInfo("script", ["-qfc", $"dotnet '{tool}' extract '{samples}/dev-01-hongqi-district-5-years.txt' '{samples}/dev-01-hongqi-district-5-years.html' -o '{_dir}/out.jsonl' -j 1", log])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["TERM"] = term;
        using var run = Process.Start(start)!;
        run.StandardOutput.ReadToEnd();
        run.WaitForExit();
        Assert.True(run.ExitCode == 0, File.Exists(log) ? File.ReadAllText(log) : "script did not run");
        return File.ReadAllText(log);
    }

    [Fact]
    public void A_terminal_gets_a_live_bar_and_the_summary()
    {
        var screen = RunInTerminal("xterm-256color");
        Assert.Contains("━", screen, StringComparison.Ordinal);
        Assert.Contains("\u001b[", screen, StringComparison.Ordinal);
        Assert.Contains("hongqi: 2/2 documents, ", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dumb_terminal_gets_only_the_summary()
    {
        var screen = RunInTerminal("dumb");
        Assert.DoesNotContain("━", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", screen, StringComparison.Ordinal);
        Assert.Contains("hongqi: 2/2 documents, ", screen, StringComparison.Ordinal);
    }
}
