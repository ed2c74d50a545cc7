using System.Text.RegularExpressions;

namespace HongqiExtract.Reading.Layout;

/// <summary>
/// Drops what a printed page repeats rather than says: page numbers (— 3 —, -3-, 第3页, 3/12) and
/// running headers and footers, the lines at a page's top or bottom that come back at the same
/// height, digits aside, on at least half of the pages.
/// </summary>
internal static partial class RunningLines
{
    /// <summary>How many lines at each end of a page may be running lines.</summary>
    private const int EdgeLines = 2;

    /// <summary>Baselines within this many units count as the same height.</summary>
    private const double SameHeight = 4;

    [GeneratedRegex(@"^[\s\-—–－·•]*(?:第\s*)?[0-9]+(?:\s*页)?(?:\s*/\s*(?:共\s*)?[0-9]+\s*页?)?[\s\-—–－·•]*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    /// <summary>The pages without their page numbers and running lines.</summary>
    public static List<List<LayoutLine>> Remove(IReadOnlyList<List<LayoutLine>> pages)
    {
        var counts = new Dictionary<(string, long), int>();
        foreach (var page in pages)
            foreach (var key in Edges(page).Select(Key).Distinct())
                counts[key] = counts.GetValueOrDefault(key) + 1;
        int textPages = pages.Count(p => p.Count > 0);
        int repeated = Math.Max(2, (textPages + 1) / 2);
        var result = new List<List<LayoutLine>>(pages.Count);
        foreach (var page in pages)
        {
            var edges = Edges(page).ToHashSet();
            result.Add(page.Where(line => !(edges.Contains(line) && (PageNumber().IsMatch(line.Text) || (textPages >= 2 && counts[Key(line)] >= repeated)))).ToList());
        }
        return result;
    }

    /// <summary>The top and bottom lines of a page by height (reading order may put a footer anywhere).</summary>
    private static IEnumerable<LayoutLine> Edges(List<LayoutLine> page)
    {
        var byHeight = page.OrderByDescending(l => l.Baseline).ToList();
        return byHeight.Take(EdgeLines).Concat(byHeight.Skip(Math.Max(EdgeLines, byHeight.Count - EdgeLines)));
    }

    private static (string, long) Key(LayoutLine line) => (Digits().Replace(line.Text, "#"), (long)Math.Round(line.Baseline / SameHeight));
}
