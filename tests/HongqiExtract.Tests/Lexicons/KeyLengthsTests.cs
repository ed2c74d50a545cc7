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
}
