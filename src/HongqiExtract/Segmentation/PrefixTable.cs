namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba's prefix table, built as jieba.NET's WordDictionary builds it from dict.txt, with span parsing:
/// every word with its frequency, every proper prefix of a word with 0, and the frequencies' total;
/// then the user dictionary's words added as jieba.NET 0.42.2's AddWord adds them (a word already there
/// takes the new frequency, which replaces the old in the total). The resource compiler turns it into
/// the <see cref="WordTrie"/> the package ships; a test compares it with jieba.NET's own table.
/// </summary>
internal sealed class PrefixTable
{
    private PrefixTable(Dictionary<string, int> words, double total, Dictionary<string, char> functionTags)
    {
        Words = words;
        Total = total;
        FunctionTags = functionTags;
    }

    /// <summary>
    /// The one-letter part-of-speech tags of the function words (d, p, c, u, r, t) and verbs (v), read in
    /// the same pass; the user dictionary's words are content words, whatever dict.txt says.
    /// </summary>
    public Dictionary<string, char> FunctionTags { get; }

    /// <summary>Words and prefixes; a prefix that is no word has frequency 0.</summary>
    public Dictionary<string, int> Words { get; }

    /// <summary>The sum of the words' frequencies.</summary>
    public double Total { get; }

    /// <summary>The table of dict.txt's lines (word, frequency, tag) and then the user dictionary's words.</summary>
    public static PrefixTable Load(TextReader dictionary, IEnumerable<(string Word, int Frequency)> userWords)
    {
        var words = new Dictionary<string, int>(600_000, StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        double total = 0;
        var tags = new Dictionary<string, char>(StringComparer.Ordinal);
        while (dictionary.ReadLine() is { } line)
        {
            // word, frequency, tag; jieba.NET splits at tabs and spaces.
            var span = line.AsSpan();
            int first = span.IndexOfAny(' ', '\t');
            if (first < 0) continue;
            var rest = span[(first + 1)..];
            int second = rest.IndexOfAny(' ', '\t');
            int frequency = int.Parse(second < 0 ? rest : rest[..second], System.Globalization.CultureInfo.InvariantCulture);
            var word = line[..first];
            if (second >= 0 && rest.Length - second == 2 && rest[^1] is 'd' or 'p' or 'c' or 'u' or 'r' or 't' or 'v') tags[word] = rest[^1];
            words[word] = frequency;
            total += frequency;
            for (int i = 1; i < word.Length; i++) lookup.TryAdd(word.AsSpan(0, i), 0);
        }
        foreach (var (word, frequency) in userWords)
        {
            // A word already there (or a prefix, at 0) is replaced: the total loses its old frequency.
            total += frequency - words.GetValueOrDefault(word);
            words[word] = frequency;
            tags.Remove(word);
            for (int i = 1; i < word.Length; i++) lookup.TryAdd(word.AsSpan(0, i), 0);
        }
        return new PrefixTable(words, total, tags);
    }
}
