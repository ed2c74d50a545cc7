using HongqiExtract.Lexicons;
using Xunit;

namespace HongqiExtract.Tests.Lexicons;

/// <summary>The sparse table holds exactly its members, and its search finds what a plain loop finds.</summary>
public class SparseCharTableTests
{
    public static TheoryData<string> Sets => new()
    {
        "",
        "增",
        "增长下降提高减少",
        "0aZ%，。！“”增长亿",
        // One character of every block: 257 blocks with the empty one, more than a byte can number.
        string.Concat(Enumerable.Range(0, 256).Select(high => (char)((high << 8) | (high * 37 & 0xFF)))),
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void HoldsExactlyItsMembers(string members)
    {
        var table = new SparseCharTable(members);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char one = (char)c;
            Assert.True((table.IndexIn(new ReadOnlySpan<char>(in one)) == 0) == members.Contains(one, StringComparison.Ordinal), $"U+{c:X4}");
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void AgreesWithALoopOnRandomText(string members)
    {
        var table = new SparseCharTable(members);
        var random = new Random(11);
        string alphabet = "经济增长发展改革人民国家的了和是在年月%亿元万点0123456789，。" + members;
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 24)];
            // Mostly non-members, so that a member stands at every place of the four-character step.
            for (int k = 0; k < chars.Length; k++) chars[k] = random.Next(6) == 0 ? (char)random.Next(char.MaxValue + 1) : alphabet[random.Next(alphabet.Length)];
            string text = new(chars);
            int expected = Array.FindIndex(chars, c => members.Contains(c, StringComparison.Ordinal));
            Assert.Equal(expected, table.IndexIn(text));
        }
    }
}
