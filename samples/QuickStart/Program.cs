using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
// Extracts the indicators of the sample article and prints them as a table.

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "dev-01-hongqi-district-5-years.txt");
var result = new IndicatorExtractor().Extract(ReportSource.FromFile(path));

Console.WriteLine($"{result.Document.Metadata.Title} — {result.Records.Count} indicators");
Console.WriteLine($"{"name",-24} {"value",12} {"unit",-8} {"normalized",18} {"kind",-9} {"period",-10} target");
foreach (var r in result.Records)
{
    var period = r.PeriodStart == r.PeriodEnd ? $"{r.PeriodStart}" : $"{r.PeriodStart}-{r.PeriodEnd}";
    var value = r.ValueHigh is { } high ? $"{r.Value}-{high}" : $"{r.Value}";
    Console.WriteLine($"{Clip(r.Name ?? "?", 24),-24} {value,12} {r.Unit,-8} {RecordWriters.Plain(r.NormalizedValue) + " " + r.NormalizedUnit,18} {RecordWriters.Name(r.Kind),-9} {period,-10} {(r.IsTarget ? "yes" : "")}");
}

static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
