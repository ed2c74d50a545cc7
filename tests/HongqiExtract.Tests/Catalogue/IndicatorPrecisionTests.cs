using System.Globalization;
using HongqiExtract.Catalogue;
using HongqiExtract.Output;

namespace HongqiExtract.Tests.Catalogue;

/// <summary>
/// indicator_id against a hand-checked sample (Cases/Catalogue/indicator-sample.tsv: 300 records of the
/// real corpus that got an id, what each value measures judged from its sentence): of the ids the
/// matcher gives, at least 98 % must be right.
/// </summary>
public class IndicatorPrecisionTests
{
    private const double MinPrecision = 0.98;

    [Fact]
    public void At_least_98_percent_of_the_ids_given_on_the_hand_checked_sample_are_right()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Cases", "Catalogue", "indicator-sample.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.True(lines.Count >= 300, $"{lines.Count} sample lines");
        int given = 0, right = 0;
        var wrong = new List<string>();
        foreach (var f in lines)
        {
            var kind = Enum.Parse<IndicatorKind>(f[2], ignoreCase: true);
            var id = IndicatorMatcher.Shared.Match(f[0], f[1], kind);
            if (id is null) continue;
            given++;
            string expected = f[3] == "-" ? "" : f[3];
            if (id == expected) right++; else wrong.Add($"{f[0]}: {id} ≠ {f[3]}");
        }
        double precision = given == 0 ? 0 : (double)right / given;
        Assert.True(given >= 250, $"only {given} of the sample get an id now");
        Assert.True(precision >= MinPrecision, $"precision {precision.ToString("F3", CultureInfo.InvariantCulture)} ({right} of {given}):\n" + string.Join('\n', wrong));
    }
}
