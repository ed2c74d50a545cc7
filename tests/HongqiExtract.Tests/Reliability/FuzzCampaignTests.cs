using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using System.Diagnostics;
using System.Text;
using HongqiExtract.Tests.Reliability.Fuzzing;

namespace HongqiExtract.Tests.Reliability;

/// <summary>
/// A fixed-seed fuzz campaign over the whole extractor. CI runs HONGQI_FUZZ_INPUTS inputs (20,000 by
/// default); any exception other than the documented <see cref="ReportReadException"/>, any input
/// slower than the limit, and any broken record invariant fails the test with the seed and input.
/// </summary>
public class FuzzCampaignTests
{
    private const int Seed = 20261201;
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Mutated_report_text_never_crashes_hangs_or_breaks_a_record_invariant()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        int count = int.TryParse(Environment.GetEnvironmentVariable("HONGQI_FUZZ_INPUTS"), out var n) ? n : 20_000;
        var corpus = Directory.GetFiles(SharedData.Path("corpus", "real"), "*.txt").Order(StringComparer.Ordinal).Take(12).Select(File.ReadAllText)
            .Append(File.ReadAllText(SharedData.Passage("dev-11-fuzhou-2025-communique.html"))).ToList();
        var fuzzer = new MutationFuzzer(Seed, corpus);
        var extractor = new IndicatorExtractor();
        var failures = new List<string>();
        int rejected = 0, records = 0;
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < count && failures.Count < 5; i++)
        {
            var (text, bytes) = fuzzer.Next();
            var source = text is not null ? ReportSource.FromString(text, $"fuzz-{i}.txt") : ReportSource.FromBytes(bytes!, $"fuzz-{i}.txt");
            var run = Task.Run(() => extractor.Extract(source));
            try
            {
                if (await Task.WhenAny(run, Task.Delay(PerInputLimit)) != run) { failures.Add($"input {i}: no result within {PerInputLimit.TotalSeconds} s"); break; }
                var result = await run;
                records += result.Records.Count;
                failures.AddRange(RecordInvariants.Violations(result).Take(3).Select(v => $"input {i}: {v}"));
            }
            catch (ReportReadException) { rejected++; }
            catch (Exception e) when (e is not OutOfMemoryException) { failures.Add($"input {i}: {e}"); }
        }
        Assert.True(failures.Count == 0, $"seed {Seed}: " + string.Join("\n", failures));
        Assert.True(records > count / 2, $"only {records} records from {count} inputs: the fuzzer is not reaching the extractor");
        Console.WriteLine($"fuzz: {count} inputs, {records} records, {rejected} rejected as unreadable, {watch.Elapsed.TotalSeconds:0.0} s");
    }
}
