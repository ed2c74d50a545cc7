// Proves the package works outside the solution: no project reference, no dictionary files, no set-up.
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

const string Text = "2025年工作回顾\n全年地区生产总值6.66万亿元，增长5.6%；城镇新增就业110万人以上。";
var result = new IndicatorExtractor().Extract(ReportSource.FromString(Text, "inline.txt"));
foreach (var r in result.Records)
    Console.WriteLine($"{r.Name}\t{r.Value}{r.Unit}\t{RecordWriters.Name(r.Kind)}\t{r.PeriodStart}");
if (result.Records.Count != 3 || result.Records[0].Name != "地区生产总值")
{
    Console.Error.WriteLine("unexpected records from the packed library");
    return 1;
}
Console.WriteLine("package OK");
return 0;
