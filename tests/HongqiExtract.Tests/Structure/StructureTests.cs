using HongqiExtract.Documents;
using HongqiExtract.Reading;
using HongqiExtract.Structure;

namespace HongqiExtract.Tests.Structure;

public class StructureTests
{
    public static TheoryData<string, string> TopLevelCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Cases", "top-level-sections.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TopLevelCases))]
    public void Top_level_sections_of_each_2026_report_are_found_in_order(string file, string expected)
    {
        var document = ReportReader.Read(ReportSource.FromFile(SharedData.Real(file)));
        var topLevel = document.Sections.Where(s => s.ParentIndex < 0).Select(s => s.Heading).ToList();
        int at = 0;
        foreach (var prefix in expected.Split('|'))
        {
            int found = topLevel.FindIndex(at, h => h.StartsWith(prefix, StringComparison.Ordinal));
            Assert.True(found >= 0, $"{file}: no top-level section starting '{prefix}' after position {at} in [{string.Join(" | ", topLevel)}]");
            at = found + 1;
        }
        Assert.Equal(2026, document.Metadata.ReportYear);
    }

    [Fact]
    public void Henan_report_has_its_metadata_and_nested_sections()
    {
        var document = ReportReader.Read(ReportSource.FromFile(SharedData.Real("gov-report-2026-henan-province.txt")));
        Assert.Equal("2026年河南省政府工作报告", document.Metadata.Title);
        Assert.Equal(new DateOnly(2026, 1, 26), document.Metadata.Date);
        Assert.Equal("河南省", document.Metadata.Region);
        var sub = Assert.Single(document.Sections, s => s.Heading == "（一）千方百计稳就业稳企业稳市场稳预期");
        Assert.Equal(2, sub.Level);
        Assert.Equal("一、“十四五”时期和2025年工作回顾 / （一）千方百计稳就业稳企业稳市场稳预期", sub.Path);
    }

    [Fact]
    public void Sentences_end_at_stops_but_not_inside_quotes()
    {
        const string text = "他说：“今年增长5%。明年更好。”经济向好；就业稳定！完";
        var sentences = SentenceSplitter.Sentences(text, new TextSpan(0, text.Length)).Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(["他说：“今年增长5%。明年更好。”", "经济向好；", "就业稳定！", "完"], sentences);
    }

    [Theory]
    [InlineData(399, 1)]
    [InlineData(400, 2)]
    [InlineData(2000, 2)]
    public void A_quote_left_open_protects_its_stops_for_400_characters_only(int filler, int expected)
    {
        // The stop sits filler + 1 characters after the stray quote: up to 400 it is inside the quote.
        string text = "“" + new string('甲', filler) + "。乙。";
        var sentences = SentenceSplitter.Sentences(text, new TextSpan(0, text.Length));
        Assert.Equal(expected, sentences.Count);
        Assert.Equal(text.Length, sentences[^1].End);
        // Once the stray quote has run out, a new quote protects its own stops again.
        string reopened = "“" + new string('甲', 450) + "“乙。丙。";
        Assert.Single(SentenceSplitter.Sentences(reopened, new TextSpan(0, reopened.Length)));
    }

    [Fact]
    public void Clauses_split_at_commas_but_not_inside_numbers()
    {
        const string text = "收入1,100.9亿元，增长5%、7%：好";
        var clauses = Clauses.Split(text, new TextSpan(0, text.Length)).Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(["收入1,100.9亿元，", "增长5%、", "7%：", "好"], clauses);
    }

    [Fact]
    public void Newspaper_page_markers_and_continuation_notes_are_not_content()
    {
        var document = ReportReader.Read(ReportSource.FromFile(SharedData.Passage("dev-01-hongqi-district-5-years.txt")));
        var markers = document.Paragraphs.Where(p => p.Kind == ParagraphKind.PageMarker).Select(p => document.Slice(p.Span)).ToList();
        Assert.Equal(["第A01版:", "(下转第三版)", "(上接第一版)"], markers);
        Assert.DoesNotContain(document.Sentences, s => document.Slice(s.Span).Contains("下转", StringComparison.Ordinal));
    }

    [Fact]
    public void Web_dump_debris_is_removed_and_repeated_pages_kept_once()
    {
        var raw = File.ReadAllText(SharedData.Real("gov-report-1995-national-state-council-gbk2utf8.txt"));
        var document = ReportReader.Read(ReportSource.FromFile(SharedData.Real("gov-report-1995-national-state-council-gbk2utf8.txt")));
        Assert.True(CountOf(raw, "各位代表：") > 1, "the dump repeats the report");
        Assert.Equal(1, CountOf(document.Text, "各位代表："));
        Assert.DoesNotContain("<U+00A0>", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("当前位置", document.Text, StringComparison.Ordinal);
        // Report text survives: the last paragraph of the report is there.
        Assert.Contains("一、１９９４年国内工作的回顾".Replace('１', '1').Replace('９', '9').Replace('４', '4'), document.Text, StringComparison.Ordinal);
        Assert.Equal(1995, document.Metadata.ReportYear);
    }

    [Fact]
    public void Toolbar_lines_of_the_provincial_reports_are_dropped()
    {
        var document = ReportReader.Read(ReportSource.FromFile(SharedData.Real("gov-report-2026-henan-province.txt")));
        Assert.StartsWith("2026年河南省政府工作报告\n", document.Text, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
