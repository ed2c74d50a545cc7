using HongqiExtract.Documents;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Tests.Recognition;

public class PeriodRecognizerTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Cases", "periods.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            data.Add(f[0], f[1], f.Length > 2 ? f[2] : "");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Periods_resolve_as_the_spec_says(string input, string reportYear, string expected)
    {
        var found = new List<PeriodMention>();
        int? year = reportYear == "-" ? null : int.Parse(reportYear, System.Globalization.CultureInfo.InvariantCulture);
        PeriodRecognizer.Recognize(input, new TextSpan(0, input.Length), year, found);
        Assert.Equal(expected, string.Join('|', found.Select(p => $"{p.StartYear}-{p.EndYear}")));
    }

    [Fact]
    public void Future_periods_are_marked()
    {
        var found = new List<PeriodMention>();
        PeriodRecognizer.Recognize("今后五年，到2030年", new TextSpan(0, 11), 2026, found);
        Assert.All(found, p => Assert.True(p.IsFuture));
    }
}
