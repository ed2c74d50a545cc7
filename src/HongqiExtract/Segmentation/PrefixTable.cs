namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba's prefix table, built as jieba.NET's WordDictionary builds it but read straight from the
/// embedded dict.txt with span parsing: every word with its frequency, every proper prefix of a word
/// with 0, and the frequencies' total; then the user dictionary's words added as jieba.NET 0.42.2's
/// AddWord adds them (a word already there takes the new frequency, which replaces the old in the total). A test compares it with jieba.NET's own.
/// </summary>
internal sealed class PrefixTable
{
    private PrefixTable(Dictionary<string, int> words, double total)
    {
        Words = words;
        Total = total;
    }

    /// <summary>Words and prefixes; a prefix that is no word has frequency 0.</summary>
    public Dictionary<string, int> Words { get; }

    /// <summary>The sum of the words' frequencies.</summary>
    public double Total { get; }

    public static PrefixTable Load(IEnumerable<(string Word, int Frequency)> userWords)
    {
        var words = new Dictionary<string, int>(600_000, StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        double total = 0;
        using var stream = typeof(PrefixTable).Assembly.GetManifestResourceStream("HongqiExtract.Jieba.dict.txt")
            ?? throw new InvalidOperationException("The segmenter's dictionary dict.txt is not embedded; the package is broken.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, false, 1 << 16);
        while (reader.ReadLine() is { } line)
        {
            // word, frequency, tag; jieba.NET splits at tabs and spaces.
            var span = line.AsSpan();
            int first = span.IndexOfAny(' ', '\t');
            if (first < 0) continue;
            var rest = span[(first + 1)..];
            int second = rest.IndexOfAny(' ', '\t');
            int frequency = int.Parse(second < 0 ? rest : rest[..second], System.Globalization.CultureInfo.InvariantCulture);
            var word = line[..first];
            words[word] = frequency;
            total += frequency;
            for (int i = 1; i < word.Length; i++) lookup.TryAdd(word.AsSpan(0, i), 0);
        }
        foreach (var (word, frequency) in userWords)
        {
            // A word already there (or a prefix, at 0) is replaced: the total loses its old frequency.
            total += frequency - words.GetValueOrDefault(word);
            words[word] = frequency;
            for (int i = 1; i < word.Length; i++) lookup.TryAdd(word.AsSpan(0, i), 0);
        }
        return new PrefixTable(words, total);
    }
}
