using BenchmarkDotNet.Running;

// Exit non-zero when no benchmark ran or one failed, so a dry run (--job dry) can guard CI.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(HongqiExtract.Benchmarks.Corpus).Assembly).Run(args);
int ran = summaries.Sum(s => s.Reports.Length);
bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
Console.WriteLine($"benchmarks run: {ran}, failed: {(failed ? "yes" : "no")}");
return ran == 0 || failed ? 1 : 0;
