// Proves the package works outside the solution: no project reference, no dictionary files, no set-up.
using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

const string Text = "2025年工作回顾\n全年地区生产总值6.66万亿元，增长5.6%；城镇新增就业110万人以上。";
var result = new IndicatorExtractor().Extract(ReportSource.FromString(Text, "inline.txt"));
foreach (var r in result.Records)
    Console.WriteLine($"{r.Name}\t{r.Value}{r.Unit}\t{RecordWriters.Name(r.Kind)}\t{r.PeriodStart}\t{r.Category}");
if (result.Records.Count != 3 || result.Records[0].Name != "地区生产总值")
{
    Console.Error.WriteLine("unexpected records from the packed library");
    return 1;
}
// The category model ships inside the package: GDP is economy, new urban jobs employment.
if (result.Records[0].Category != "economy" || result.Records[2].Category != "employment")
{
    Console.Error.WriteLine($"no category from the packed model: {result.Records[0].Category}, {result.Records[2].Category}");
    return 1;
}
// A reader written here, against the package's public seam, plugs into extraction.
var lines = new IndicatorExtractor(new ExtractorOptions(ReaderOptions.Default with { Readers = [new LinesReader()] }))
    .Extract(ReportSource.FromString("一、工业\t1\n规模以上工业增加值增长6.2%。\t0", "report.lines"));
if (lines.Records.Count != 1 || lines.Records[0].Section != "一、工业")
{
    Console.Error.WriteLine("a reader outside the package did not plug in");
    return 1;
}
Console.WriteLine("package OK");
return 0;

/// <summary>TEXT&lt;tab&gt;LEVEL lines: a heading of LEVEL, or a paragraph for 0.</summary>
sealed class LinesReader : IReportReader
{
    public string Format => "lines";

    public bool CanRead(SourceContent content) => content.Id.EndsWith(".lines", StringComparison.Ordinal);

    public ReportDocument Read(SourceContent content)
    {
        var builder = content.CreateBuilder();
        foreach (var line in content.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            int level = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            if (level > 0) builder.AddHeading(parts[0], level); else builder.AddParagraph(parts[0]);
        }
        return builder.Build();
    }
}
