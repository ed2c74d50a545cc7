using HongqiExtract.Segmentation;
using Xunit;

namespace HongqiExtract.Tests.Segmentation;

/// <summary>The double-array trie on small dictionaries, written as the build writes it and read back.</summary>
public class WordTrieTests
{
    private static (PrefixTable Table, WordTrie Trie) RoundTrip(string dictionary)
    {
        var table = PrefixTable.Load(new StringReader(dictionary), []);
        using var stream = new MemoryStream();
        WordTrieWriter.Write(table, stream);
        stream.Position = 0;
        var trie = WordTrie.Read(stream);
        // A managed stream's bytes are copied into arrays of the trie's own.
        Assert.False(trie.ReadInPlace);
        return (table, trie);
    }

    [Fact]
    public void Every_entry_and_only_those_come_back()
    {
        // 业 and 长 label nodes but start no word; 增长率 runs past the leaf 增长's sibling 增加.
        var (table, trie) = RoundTrip("增长 50 v\n增长率 10 n\n增加 40 v\n产业 30 n\n就业 20 n\n在 100 p\n生长 5 v\n");
        var entries = trie.Entries().ToList();
        Assert.Equal(table.Words.Count + 1, trie.NodeCount);
        Assert.Equal(table.Words.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)),
            entries.Select(e => (e.Key, e.Frequency)).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal('p', trie.FunctionTag("在"));
        Assert.Equal('v', trie.FunctionTag("增加"));
        Assert.Equal(0, trie.Frequency(trie.Find("增")));
        Assert.Equal(10, trie.Frequency(trie.Find("增长率")));
    }

    [Theory]
    [InlineData("业")]    // a character that labels nodes but starts no word
    [InlineData("长率")]   // a suffix of a word is not a word's start
    [InlineData("增长率高")] // past a leaf
    [InlineData("鑫")]    // a character in no word
    [InlineData("增业")]   // a character the node has no child for, though others have
    public void Paths_that_are_not_in_the_dictionary_lead_nowhere(string text)
    {
        var (_, trie) = RoundTrip("增长 50 v\n增长率 10 n\n增加 40 v\n产业 30 n\n就业 20 n\n");
        Assert.Equal(WordTrie.Root, trie.Find(text));
    }

    [Fact]
    public void A_dictionary_of_many_characters_places_every_node()
    {
        // Hundreds of words over a wide range of characters, sharing first characters: bases collide and must not be shared.
        var random = new Random(7);
        var words = Enumerable.Range(0, 600)
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 5)).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 300)).ToArray()))
            .Distinct().ToList();
        var (table, trie) = RoundTrip(string.Concat(words.Select((w, i) => $"{w} {i + 1} n\n")));
        foreach (var (key, frequency) in table.Words) Assert.Equal(frequency, trie.Frequency(trie.Find(key)));
        Assert.Equal(table.Words.Count, trie.Entries().Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public unsafe void Read_from_memory_the_slots_are_used_in_place_aligned_or_not(int misalignment)
    {
        var dictionary = "增长 50 v\n增长率 10 n\n增加 40 v\n产业 30 n\n就业 20 n\n在 100 p\n";
        var table = PrefixTable.Load(new StringReader(dictionary), []);
        using var written = new MemoryStream();
        WordTrieWriter.Write(table, written);
        var bytes = written.ToArray();
        // Native memory, like the loaded image an embedded resource lies in, at an aligned address or one past it.
        var memory = System.Runtime.InteropServices.NativeMemory.AlignedAlloc((nuint)bytes.Length + 8, 8);
        try
        {
            var start = (byte*)memory + misalignment;
            bytes.CopyTo(new Span<byte>(start, bytes.Length));
            using var stream = new UnmanagedMemoryStream(start, bytes.Length);
            var trie = WordTrie.Read(stream, inPlace: true);
            Assert.Equal(bytes.Length, stream.Position);
            Assert.True(trie.ReadInPlace);
            Assert.Equal(table.Words.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)),
                trie.Entries().Select(e => (e.Key, e.Frequency)).OrderBy(e => e.Key, StringComparer.Ordinal));
            Assert.Equal('p', trie.FunctionTag("在"));
            // Memory that may not outlive the trie is copied unless the caller says it does.
            stream.Position = 0;
            var copied = WordTrie.Read(stream);
            Assert.False(copied.ReadInPlace);
            Assert.Equal(trie.Entries(), copied.Entries());
        }
        finally
        {
            System.Runtime.InteropServices.NativeMemory.AlignedFree(memory);
        }
    }

    [Fact]
    public void The_packaged_trie_is_read_in_place_from_the_embedded_resource()
    {
        Assert.True(WordTrie.Shared.ReadInPlace);
        Assert.True(WordTrie.Shared.Frequency(WordTrie.Shared.Find("增长")) > 0);
        Assert.Equal('p', WordTrie.Shared.FunctionTag("在"));
    }
}
