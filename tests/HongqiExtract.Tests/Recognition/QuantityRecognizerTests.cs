using HongqiExtract.Documents;
using System.Globalization;
using HongqiExtract.Recognition;

namespace HongqiExtract.Tests.Recognition;

public class QuantityRecognizerTests
{
    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Cases", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));

    public static TheoryData<string, string, string, string, string, string, string, string, string> QuantityCases()
    {
        var data = new TheoryData<string, string, string, string, string, string, string, string, string>();
        foreach (var f in Rows("quantities.tsv")) data.Add(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
        return data;
    }

    [Theory]
    [MemberData(nameof(QuantityCases))]
    public void Quantity_is_recognized_as_the_spec_says(string input, string mention, string value, string valueHigh, string unit, string scale,
        string normalizedValue, string normalizedUnit, string qualifier)
    {
        var text = HongqiExtract.Normalization.CharNormalizer.Normalize(input);
        var found = QuantityRecognizer.Default.Recognize(text).Where(q => q.NotIndicator is null).ToList();
        var expectedSpan = HongqiExtract.Normalization.CharNormalizer.Normalize(mention.Replace("多", "", StringComparison.Ordinal).Replace("余", "", StringComparison.Ordinal));
        var q = Assert.Single(found);
        Assert.Equal(D(value), q.Value);
        Assert.Equal(valueHigh.Length == 0 ? null : D(valueHigh), q.ValueHigh);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(D(scale), q.Scale);
        Assert.Equal(D(normalizedValue), q.NormalizedValue);
        Assert.Equal(normalizedUnit, q.NormalizedUnit);
        Assert.Equal(qualifier, q.Qualifier.ToString().ToLowerInvariant());
        var spanText = text[q.Span.Start..q.Span.End].Replace("多", "", StringComparison.Ordinal).Replace("余", "", StringComparison.Ordinal);
        Assert.Equal(expectedSpan, spanText);
    }

    public static TheoryData<string, string> NotQuantityCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in Rows("not-quantities.tsv")) if (!f[1].Contains("checked separately", StringComparison.Ordinal)) data.Add(f[0], f[1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(NotQuantityCases))]
    public void Numbers_that_are_not_indicators_are_not_reported(string input, string why)
    {
        var found = QuantityRecognizer.Default.Recognize(input).Where(q => q.NotIndicator is null).ToList();
        Assert.True(found.Count == 0, $"{why}: found {string.Join(", ", found.Select(f => input[f.Span.Start..f.Span.End]))}");
    }

    [Fact]
    public void Yi_yuan_threshold_is_part_of_the_name_but_the_count_is_an_indicator()
    {
        const string text = "累计实施省市级重点项目27个，亿元以上项目191个，总投资近1000亿元";
        var found = QuantityRecognizer.Default.Recognize(text).Where(q => q.NotIndicator is null).Select(q => text[q.Span.Start..q.Span.End]).ToList();
        Assert.Equal(["27个", "191个", "1000亿元"], found);
    }

    [Fact]
    public void Hundred_million_yuan_class_is_part_of_a_name()
    {
        const string text = "培育1个百亿元级、2个50亿元级先进制造业产业集群";
        var found = QuantityRecognizer.Default.Recognize(text).Where(q => q.NotIndicator is null).Select(q => text[q.Span.Start..q.Span.End]).ToList();
        Assert.DoesNotContain("百亿元", found);
        Assert.DoesNotContain("50亿元", found);
    }

    [Theory]
    [InlineData("1百01元")]
    [InlineData("〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇1元")]
    public void Malformed_or_out_of_range_numerals_give_a_diagnostic_not_a_guess(string input)
    {
        var found = new List<Quantity>();
        var diagnostics = new List<Diagnostic>();
        QuantityRecognizer.Default.Recognize(input, new TextSpan(0, input.Length), found, diagnostics);
        Assert.Empty(found);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains(diagnostic.Code, new[] { DiagnosticCode.MalformedNumeral, DiagnosticCode.ValueOutOfRange });
        // The diagnostic points at the numeral it names.
        Assert.NotNull(diagnostic.Span);
        Assert.StartsWith(input[diagnostic.Span!.Value.Start..diagnostic.Span.Value.End], diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_input_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "0123456789.,%一二两三十百千万亿点分之翻番倍成余多约近超以上下左右元人家个-—至（）“”第年月";
        for (int n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(1, 40)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            foreach (var q in QuantityRecognizer.Default.Recognize(text))
                Assert.True(q.Span.Start >= 0 && q.Span.End <= text.Length && q.Span.Start < q.Span.End, text);
        }
        var million = new string('9', 1_000_000) + "亿元";
        Assert.Empty(QuantityRecognizer.Default.Recognize(million));
    }

    private static decimal D(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
