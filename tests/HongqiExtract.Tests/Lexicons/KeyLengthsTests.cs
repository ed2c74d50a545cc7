using HongqiExtract.Lexicons;

namespace HongqiExtract.Tests.Lexicons;

/// <summary>The length index gives every length a longest match must try, longest first, and no length no key has.</summary>
public class KeyLengthsTests
{
    private static List<int> Lengths(KeyLengths.LongestFirst set)
    {
        var lengths = new List<int>();
        foreach (int length in set) lengths.Add(length);
        return lengths;
    }

    [Fact]
    public void Prefix_lengths_come_longest_first_and_stop_at_the_text()
    {
        var index = KeyLengths.ByFirst(["万元", "万元人民币", "万", "亿元", "人"]);
        Assert.Equal([5, 2, 1], Lengths(index.For("万元人民币以上")));
        Assert.Equal([2, 1], Lengths(index.For("万元")));
        Assert.Equal([2], Lengths(index.For("亿元")));
        Assert.Empty(Lengths(index.For("")));
        Assert.Empty(Lengths(index.For("公里")));
    }

    [Fact]
    public void Suffix_lengths_are_by_the_last_character_and_short_keys_can_be_left_out()
    {
        var index = KeyLengths.ByLast(["增长", "同比增长", "长"], minLength: 2);
        Assert.Equal([4, 2], Lengths(index.For("比上年同比增长")));
        Assert.Empty(Lengths(index.For("增加")));
    }

    [Fact]
    public void Characters_sharing_a_slot_share_their_lengths_and_lose_none()
    {
        // With 2 slots, 万 (U+4E07, odd) and 亿 (U+4EBF, odd) share one: both keys' lengths are tried for either.
        var index = KeyLengths.ByFirst(["万元人民币", "亿"], slots: 2);
        Assert.Equal([5, 1], Lengths(index.For("亿元人民币…")));
        Assert.Equal([5, 1], Lengths(index.For("万元人民币…")));
        var short3 = KeyLengths.ByFirst(["万", "万元", "万元人"]);
        Assert.Equal([3], Lengths(short3.For("万元人民币", longerThan: 2)));
        Assert.Empty(Lengths(short3.For("万元人民币", longerThan: 3)));
    }

    [Fact]
    public void A_key_too_long_to_index_is_refused_at_load()
    {
        Assert.Throws<InvalidOperationException>(() => KeyLengths.ByFirst([new string('长', KeyLengths.MaxLength + 1)]));
        Assert.Equal([KeyLengths.MaxLength], Lengths(KeyLengths.ByFirst([new string('长', KeyLengths.MaxLength)]).For(new string('长', 80))));
    }

    [Fact]
    public void Pair_slots_probe_only_the_lengths_of_keys_with_the_same_two_characters()
    {
        var index = KeyLengths.ByFirst(["一带一路", "一些", "一", "统一"], pairSlots: 4096);
        Assert.Equal([1], Lengths(index.For("一步")));
        Assert.Equal([4, 1], Lengths(index.For("一带一路建设")));
        Assert.Equal([2, 1], Lengths(index.For("一些")));
        Assert.Equal([1], Lengths(index.For("一")));
        var suffixes = KeyLengths.ByLast(["同比增长", "增长", "长"], pairSlots: 4096);
        Assert.Equal([4, 2, 1], Lengths(suffixes.For("比上年同比增长")));
        Assert.Equal([1], Lengths(suffixes.For("延长")));
    }

    [Fact]
    public void Pair_slots_never_miss_a_key_even_when_pairs_share_a_slot()
    {
        var random = new Random(11);
        const string alphabet = "一二三万亿元人民币增长同比";
        string Word(int length) => new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        // Keys of up to 8 characters have a byte a slot, longer ones a ulong: 9 is the first that needs one.
        foreach (var (slots, pairSlots, longest) in new[] { (4, 2, 6), (4, 4096, 6), (4096, 4096, 8), (4, 2, 9), (4096, 4096, 9), (4096, 4096, 12) })
        {
            var keys = Enumerable.Range(0, 300).Select(_ => Word(random.Next(1, longest + 1))).Distinct().ToList();
            var prefixes = KeyLengths.ByFirst(keys, slots: slots, pairSlots: pairSlots);
            var suffixes = KeyLengths.ByLast(keys, slots: slots, pairSlots: pairSlots);
            for (int n = 0; n < 2000; n++)
            {
                // Half the texts hold a key, so that long keys are met at all (a random text of 9 starts with no key of 9).
                string text = random.Next(2) == 0 ? Word(random.Next(1, longest + 4)) : Word(random.Next(0, 2)) + keys[random.Next(keys.Count)] + Word(random.Next(0, 2));
                var probed = Lengths(prefixes.For(text));
                foreach (var key in keys.Where(k => text.StartsWith(k, StringComparison.Ordinal))) Assert.Contains(key.Length, probed);
                var probedAtEnd = Lengths(suffixes.For(text));
                foreach (var key in keys.Where(k => text.EndsWith(k, StringComparison.Ordinal))) Assert.Contains(key.Length, probedAtEnd);
            }
        }
    }
}
