using HongqiExtract.Binding;
using HongqiExtract.Filtering;
using HongqiExtract.Lexicons;

namespace HongqiExtract.Tests.Lexicons;

/// <summary>
/// The cue lexicons' prefix, suffix and occurrence matches, which probe by word length, give what
/// comparing every word of the group gives, on texts made of the groups' own words (and pieces of them).
/// </summary>
public class CueLexiconMatchTests
{
    private static void HoldsToEveryWord<TGroup>(CueLexicon<TGroup> lexicon) where TGroup : struct, Enum
    {
        var random = new Random(11);
        int checkedTexts = 0;
        foreach (var group in Enum.GetValues<TGroup>())
        {
            var words = lexicon[group];
            if (words.IsEmpty) continue;
            for (int round = 0; round < 40; round++)
            {
                // A word, a piece of one, or two run together, with other text on either side.
                string word = words[random.Next(words.Length)], other = words[random.Next(words.Length)];
                string text = random.Next(4) switch
                {
                    0 => word + "增长" + other,
                    1 => other[..Math.Max(1, other.Length - 1)] + word,
                    2 => "全年" + word + other,
                    // Often no word at all: the tail of one between other text.
                    _ => "经济运行" + word[(word.Length / 2)..] + "总体平稳",
                };
                int longestPrefix = words.Where(w => text.StartsWith(w, StringComparison.Ordinal)).Select(w => w.Length).DefaultIfEmpty(0).Max();
                string? longestSuffix = words.Where(w => text.EndsWith(w, StringComparison.Ordinal)).OrderByDescending(w => w.Length).FirstOrDefault();
                Assert.Equal(longestPrefix, lexicon.PrefixLength(group, text));
                Assert.Equal(longestPrefix > 0, lexicon.StartsWithAny(group, text));
                Assert.Equal(longestSuffix, lexicon.EndingOf(group, text));
                Assert.Equal(longestSuffix is not null, lexicon.EndsWithAny(group, text));
                if (IsRewriteGroup(lexicon, group))
                {
                    Assert.Equal(lexicon.Pairs(group).Any(p => text.Contains(p.From, StringComparison.Ordinal)), lexicon.Occurs(group, text));
                }
                else
                {
                    var occurring = words.Where(w => text.Contains(w, StringComparison.Ordinal)).ToList();
                    Assert.Equal(occurring.FirstOrDefault(), lexicon.FindIn(group, text));
                    Assert.Equal(occurring.Count > 0 ? occurring.Min(w => text.IndexOf(w, StringComparison.Ordinal)) : -1, lexicon.IndexOfAny(group, text));
                    Assert.Equal(occurring.Count > 0, lexicon.Occurs(group, text));
                }
                checkedTexts++;
            }
        }
        Assert.True(checkedTexts > 400, $"{checkedTexts} texts");
    }

    private static bool IsRewriteGroup<TGroup>(CueLexicon<TGroup> lexicon, TGroup group) where TGroup : struct, Enum
    {
        try { _ = lexicon.Pairs(group); return true; }
        catch (InvalidOperationException) { return false; }
    }

    [Fact]
    public void Binding_cues_match_as_their_words_do() => HoldsToEveryWord(CueLexicon<BindingCue>.Shared);

    [Fact]
    public void Filter_cues_match_as_their_words_do() => HoldsToEveryWord(CueLexicon<FilterCue>.Shared);
}
