using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
namespace HongqiExtract.Tests;

public class QuickStartTests
{
    [Fact]
    public void Readme_quick_start_runs_as_written()
    {
        var previous = Directory.GetCurrentDirectory();
        var console = Console.Out;
        var captured = new StringWriter();
        Directory.SetCurrentDirectory(SharedData.RepoRoot);
        Console.SetOut(captured);
        try
        {
            // --- the README's code, verbatim ---
            var extractor = new IndicatorExtractor();
            var result = extractor.Extract(ReportSource.FromFile("samples/dev-01-hongqi-district-5-years.txt"));
            foreach (var record in result.Records)
                Console.WriteLine($"{record.Name}\t{record.Value}{record.Unit}\t{record.Kind}\t{record.PeriodStart}-{record.PeriodEnd}");
            // ---
        }
        finally
        {
            Console.SetOut(console);
            Directory.SetCurrentDirectory(previous);
        }
        var readme = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "README.md"));
        Assert.Contains("var result = extractor.Extract(ReportSource.FromFile(\"samples/dev-01-hongqi-district-5-years.txt\"));", readme, StringComparison.Ordinal);
        // The README's usings are the ones this file compiles with.
        Assert.Contains("using HongqiExtract.Pipeline;\nusing HongqiExtract.Reading;\n", readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("经济总量\t377.9亿元\tLevel\t", captured.ToString(), StringComparison.Ordinal);
    }
}
