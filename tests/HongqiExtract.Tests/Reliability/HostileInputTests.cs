using HongqiExtract.Documents;
using HongqiExtract.Reading.Html;
using HongqiExtract.Pipeline;
using System.Text;
using HongqiExtract.Reading;
using HongqiExtract.Segmentation;

namespace HongqiExtract.Tests.Reliability;

/// <summary>Numbers, dates and bytes that once failed a whole document (issue: nothing lost, nothing crashes).</summary>
public class HostileInputTests
{
    private static readonly IndicatorExtractor Extractor = new();

    private static ExtractionResult Extract(string text) => Extractor.Extract(ReportSource.FromString(text, "hostile.txt"));

    [Theory]
    [InlineData("全年财政收入546028375831261584万亿元，粮食产量1.4万亿斤。")]
    [InlineData("〇亿亿亿亿，粮食产量1.4万亿斤。")]
    [InlineData("九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九九亿亿元，粮食产量1.4万亿斤。")]
    public void A_value_past_decimal_range_is_a_diagnostic_and_the_rest_of_the_document_stays(string text)
    {
        var result = Extract(text);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.ValueOutOfRange && d.Message.Contains("out of range", StringComparison.Ordinal));
        var grain = Assert.Single(result.Records);
        Assert.Equal(1.4m, grain.Value);
    }

    [Fact]
    public void Exponent_notation_is_not_read_as_a_smaller_number()
    {
        var result = Extract("据估算其规模达1E+30万亿元，另有投资5亿元。");
        Assert.DoesNotContain(result.Records, r => r.Value == 30);
        Assert.Contains(result.Records, r => r.Value == 5 && r.Unit == "亿元");
    }

    [Fact]
    public void A_date_with_non_ascii_digits_does_not_fail_the_document()
    {
        var result = Extract("政府工作报告\n——2026年១月5日在北京召开。\n全年地区生产总值6.66万亿元，增长5.6%。");
        Assert.Equal(2, result.Records.Count);
    }

    [Theory]
    [InlineData("四八九八年6人参加", 4898)]
    [InlineData("1900年新增6人参加", 1900)]
    public void An_implausible_year_is_no_period(string sentence, int year)
    {
        var result = Extract("2026年政府工作报告\n" + sentence + "。");
        Assert.All(result.Records, r => Assert.NotEqual(year, r.PeriodStart));
    }

    [Fact]
    public void Utf8_with_a_few_damaged_bytes_is_decoded_with_replacement_and_a_diagnostic()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt"));
        var clean = Extractor.Extract(ReportSource.FromBytes(bytes, "clean.txt"));
        var damaged = (byte[])bytes.Clone();
        int[] offsets = [bytes.Length / 3, bytes.Length / 2, 2 * bytes.Length / 3];
        foreach (var at in offsets) damaged[at] = 0xFF;
        var result = Extractor.Extract(ReportSource.FromBytes(damaged, "damaged.txt"));
        Assert.Equal("utf-8", result.Document.Metadata.Encoding);
        var note = Assert.Single(result.Document.Diagnostics);
        Assert.Equal(DiagnosticCode.InvalidBytesReplaced, note.Code);
        foreach (var at in offsets) Assert.Contains(at.ToString(System.Globalization.CultureInfo.InvariantCulture), note.Message, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', result.Document.Text);
        Assert.True(result.Records.Count >= clean.Records.Count - 3, $"{result.Records.Count} records from the damaged copy, {clean.Records.Count} from the clean one");
    }

    [Fact]
    public void Gb18030_text_is_not_mistaken_for_damaged_utf8()
    {
        var text = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt"));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("gb18030").GetBytes(text);
        Assert.False(Utf8Repair.TryRepair(bytes, out _, out _));
        Assert.Equal("gb18030", ReportReader.Read(ReportSource.FromBytes(bytes, "gbk.txt")).Metadata.Encoding);
    }

    [Fact]
    public void A_sentence_a_report_says_twice_is_kept_both_times()
    {
        const string repeated = "我们坚持以人民为中心的发展思想，全年城镇新增就业12万人。";
        var result = Extract("2026年政府工作报告\n" + repeated + "\n其他工作稳步推进，完成投资5亿元。\n" + repeated);
        Assert.Equal(2, result.Records.Count(r => r.Value == 12));
    }

    [Fact]
    public void A_page_a_web_dump_repeats_is_kept_once()
    {
        var page = string.Join("\n", Enumerable.Range(1, 5).Select(i => $"第{i}项工作取得明显成效，全年完成投资{i}亿元，同比增长{i}.5%。"));
        var result = Extract("2026年政府工作报告\n" + page + "\n" + page + "\n" + page);
        Assert.Equal(10, result.Records.Count);
    }

    [Fact]
    public void Deeply_nested_html_is_flattened_with_a_diagnostic()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>全年地区生产总值6.66万亿元，增长5.6%。</p>"
            + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "</body></html>";
        var result = Extractor.Extract(ReportSource.FromString(html, "deep.html"));
        Assert.Contains(result.Document.Diagnostics, d => d.Code == DiagnosticCode.HtmlFlattened && d.Message.Contains("nested", StringComparison.Ordinal));
        Assert.Equal(2, result.Records.Count);
    }

    [Fact]
    public void Shallow_html_is_parsed_normally()
    {
        var html = "<html><head><title>t</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 40)) + "<p>全年地区生产总值6.66万亿元。</p>"
            + string.Concat(Enumerable.Repeat("</div>", 40)) + "<p>a<br>b<img src=x></p></body></html>";
        Assert.Equal(42, HtmlDepthGuard.Depth(html)); // html, body and the 40 divs
        Assert.Empty(Extractor.Extract(ReportSource.FromString(html, "shallow.html")).Document.Diagnostics);
    }
}
