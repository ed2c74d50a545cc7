using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Tests.Output;

/// <summary>Records read back from JSON Lines equal the records written, field for field.</summary>
public class RecordReaderTests
{
    [Theory]
    [InlineData("corpus/real/gov-report-2026-henan-province.txt")]
    [InlineData("corpus/passages/dev-11-fuzhou-2025-communique.html")]
    public void Json_lines_read_back_give_the_records_that_were_written(string file)
    {
        var records = new IndicatorExtractor().Extract(ReportSource.FromFile(SharedData.Path(file.Split('/')))).Records;
        Assert.Contains(records, r => r.TableCell is not null || r.PeriodMonths is not null || r.RegionCode is not null);
        using var json = new MemoryStream();
        RecordWriters.WriteJsonLines(records, json);
        json.Position = 0;
        var read = RecordReaders.ReadJsonLines(new StreamReader(json), file).ToList();
        Assert.Equal(records.Count, read.Count);
        for (int i = 0; i < records.Count; i++) Assert.Equal(records[i], read[i]);
    }

    [Fact]
    public void A_line_that_is_no_record_is_named_by_its_source_and_line_number()
    {
        var input = new StringReader("\n{\"doc\":\"a\"}\n");
        var e = Assert.Throws<FormatException>(() => RecordReaders.ReadJsonLines(input, "records.jsonl").ToList());
        Assert.StartsWith("records.jsonl, line 2: not a record", e.Message, StringComparison.Ordinal);
    }
}
