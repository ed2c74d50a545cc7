using System.Text.RegularExpressions;
using HongqiExtract.Cli.Training;
using Xunit;

namespace HongqiExtract.Tests.Classification;

/// <summary>The labelled names and their guide agree: a decision the guide states is the label the data holds.</summary>
public partial class LabelledNamesTests
{
    private static string DataFolder => Path.GetDirectoryName(CategoryTraining.DefaultDataPath)!;

    [GeneratedRegex(@"^\| `(\w+)` \| (.*) \| (.*) \|$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"[（(]([^)）]*)[)）]")]
    private static partial Regex Bracketed();

    [Fact]
    public void Every_name_the_guide_gives_is_a_row_with_the_guides_category()
    {
        var labels = CategoryTraining.Load(CategoryTraining.DefaultDataPath).ToDictionary(e => e.Group, e => e.Label);
        var named = new List<(string Name, string Category)>();
        foreach (var line in File.ReadLines(Path.Combine(DataFolder, "LABELLING.md")))
        {
            if (TableRow().Match(line) is not { Success: true } row) continue;
            var names = row.Groups[3].Value.Split(", ").ToList();
            foreach (Match bracket in Bracketed().Matches(row.Groups[2].Value)) names.AddRange(bracket.Groups[1].Value.Split([',', ';', '，', '、']));
            named.AddRange(names.Select(n => n.Trim()).Where(n => n.Length > 0 && !n.Contains(' ', StringComparison.Ordinal)).Select(n => (n, row.Groups[1].Value)));
        }
        Assert.True(named.Count > 80, $"only {named.Count} names read from the guide's table");
        var wrong = named.Where(n => labels.GetValueOrDefault(n.Name) != n.Category).Select(n => $"{n.Name} → {n.Category} (data: {labels.GetValueOrDefault(n.Name) ?? "missing"})").ToList();
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void Names_are_distinct_and_every_category_has_examples()
    {
        var examples = CategoryTraining.Load(CategoryTraining.DefaultDataPath);
        Assert.Equal(examples.Count, examples.Select(e => e.Group).Distinct(StringComparer.Ordinal).Count());
        Assert.True(examples.Count >= 2000, $"{examples.Count} labelled names");
        foreach (var category in CategoryTraining.Categories) Assert.True(examples.Count(e => e.Label == category) >= 30, $"{category} has fewer than 30 names");
    }

    [Fact]
    public void A_label_outside_the_codes_is_refused_with_its_line()
    {
        string path = Path.Combine(Path.GetTempPath(), $"hongqi-labels-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# header\n地区生产总值\teconomy\n粮食产量\tfarming\n");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => CategoryTraining.Load(path));
            Assert.Contains(":3:", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
