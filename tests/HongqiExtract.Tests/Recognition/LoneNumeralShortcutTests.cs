using HongqiExtract.Documents;
using HongqiExtract.Reading;
using HongqiExtract.Recognition;

namespace HongqiExtract.Tests.Recognition;

/// <summary>
/// The recognizer passes over a lone Chinese numeral that nothing a quantity needs follows (进一步, 两岸)
/// without parsing it. These hold that shortcut to the full reading: the same quantities and the same
/// diagnostics, over every document of the corpus and every dev passage, read whole and line by line.
/// </summary>
public class LoneNumeralShortcutTests
{
    private static readonly QuantityRecognizer FullReading = new() { SkipsLoneNumerals = false };

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SharedData.Path("corpus", "real"), "*.txt").Concat(Directory.GetFiles(SharedData.Path("corpus", "passages"), "dev-*")).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(SharedData.Root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_shortcut_finds_what_the_full_reading_finds(string document)
    {
        string text = ReportReader.Read(ReportSource.FromFile(SharedData.Path(document))).Text;
        var spans = new List<TextSpan> { new(0, text.Length) };
        for (int start = 0; start < text.Length;)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            spans.Add(new TextSpan(start, end));
            start = end + 1;
        }
        foreach (var span in spans)
        {
            var (quantities, diagnostics) = Recognize(QuantityRecognizer.Default, text, span);
            var (expectedQuantities, expectedDiagnostics) = Recognize(FullReading, text, span);
            Assert.Equal(expectedQuantities, quantities);
            Assert.Equal(expectedDiagnostics, diagnostics);
        }
    }

    [Theory]
    [InlineData("一至两个百分点")]
    [InlineData("三分之一的家庭")]
    [InlineData("七成以上")]
    [InlineData("提高一岁")]
    [InlineData("十多人")]
    [InlineData("千余家企业")]
    [InlineData("城乡居民收入比为三")]
    public void Lone_numerals_that_something_makes_a_quantity_are_read(string text)
    {
        var span = new TextSpan(0, text.Length);
        var (quantities, _) = Recognize(QuantityRecognizer.Default, text, span);
        Assert.NotEmpty(quantities);
        Assert.Equal(Recognize(FullReading, text, span).Item1, quantities);
    }

    [Theory]
    [InlineData("进一步扩大开放", 1, true)]
    [InlineData("两岸关系", 0, true)]
    [InlineData("三是稳就业", 0, true)]
    [InlineData("三分之一的家庭", 0, false)]
    [InlineData("七成以上", 0, false)]
    [InlineData("十多人", 0, false)]
    [InlineData("一至两个百分点", 0, false)]
    [InlineData("城乡居民收入比为三", 8, false)]
    [InlineData("十五五时期", 0, false)]
    public void The_shortcut_passes_over_only_numerals_nothing_makes_a_quantity(string text, int at, bool passedOver) =>
        Assert.Equal(passedOver, QuantityRecognizer.Default.PassesOverLoneNumeral(text, at));

    private static (List<Quantity>, List<Diagnostic>) Recognize(QuantityRecognizer recognizer, string text, TextSpan span)
    {
        var quantities = new List<Quantity>();
        var diagnostics = new List<Diagnostic>();
        recognizer.Recognize(text, span, quantities, diagnostics);
        return (quantities, diagnostics);
    }
}
