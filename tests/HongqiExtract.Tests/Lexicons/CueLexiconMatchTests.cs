using HongqiExtract.Binding;
using HongqiExtract.Filtering;
using HongqiExtract.Lexicons;

namespace HongqiExtract.Tests.Lexicons;

/// <summary>
/// The cue lexicons' prefix and suffix matches, which probe by word length, give what comparing every
/// word of the group gives, on texts made of the groups' own words.
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
                string text = random.Next(3) switch
                {
                    0 => word + "增长" + other,
                    1 => other[..Math.Max(1, other.Length - 1)] + word,
                    _ => "全年" + word + other,
                };
                int longestPrefix = words.Where(w => text.StartsWith(w, StringComparison.Ordinal)).Select(w => w.Length).DefaultIfEmpty(0).Max();
                string? longestSuffix = words.Where(w => text.EndsWith(w, StringComparison.Ordinal)).OrderByDescending(w => w.Length).FirstOrDefault();
                Assert.Equal(longestPrefix, lexicon.PrefixLength(group, text));
                Assert.Equal(longestPrefix > 0, lexicon.StartsWithAny(group, text));
                Assert.Equal(longestSuffix, lexicon.EndingOf(group, text));
                Assert.Equal(longestSuffix is not null, lexicon.EndsWithAny(group, text));
                checkedTexts++;
            }
        }
        Assert.True(checkedTexts > 400, $"{checkedTexts} texts");
    }

    [Fact]
    public void Binding_cues_match_as_their_words_do() => HoldsToEveryWord(CueLexicon<BindingCue>.Shared);

    [Fact]
    public void Filter_cues_match_as_their_words_do() => HoldsToEveryWord(CueLexicon<FilterCue>.Shared);
}
