namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba.NET's part-of-speech tags for the function words of its dictionary: adverbs (d),
/// prepositions (p), conjunctions (c), particles (u), pronouns (r) and time words (t), and its verbs (v). Read once from
/// the embedded dict.txt (word, frequency, tag per line) with no HMM tagging, so binding can tell
/// 分别/已/为/在/其中/同时 from the nouns of a name at a dictionary lookup's cost.
/// </summary>
internal static class PartOfSpeech
{
    private static readonly Lazy<Dictionary<string, char>> FunctionWords = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The tag of a function word (d, p, c, u, r, t) or verb (v), or '\0' for any other word.</summary>
    public static char FunctionTag(string word) => FunctionWords.Value.TryGetValue(word, out var tag) ? tag : '\0';

    /// <summary>Adverbs, prepositions, conjunctions and particles: never the last word of a name.</summary>
    public static bool EndsNoName(string word) => FunctionTag(word) is 'd' or 'p' or 'c' or 'u';

    /// <summary>Whether the dictionary tags a word as a verb (v): 访华, 得到, 入选.</summary>
    public static bool IsVerb(string word) => FunctionTag(word) == 'v';

    /// <summary>Conjunctions, adverbs, prepositions, pronouns and time words: never the first word of a name.</summary>
    public static bool StartsNoName(string word) => FunctionTag(word) is 'c' or 'd' or 'p' or 'r' or 't';

    private static Dictionary<string, char> Load()
    {
        var words = new Dictionary<string, char>(StringComparer.Ordinal);
        using var stream = typeof(PartOfSpeech).Assembly.GetManifestResourceStream("HongqiExtract.Jieba.dict.txt")
            ?? throw new InvalidOperationException("The segmenter's dictionary dict.txt is not embedded; the package is broken.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            int lastSpace = line.LastIndexOf(' ');
            if (lastSpace < 0 || line.Length - lastSpace != 2) continue; // one-letter tags only: d p c u r t v
            char tag = line[^1];
            if (tag is not ('d' or 'p' or 'c' or 'u' or 'r' or 't' or 'v')) continue;
            words[line[..line.IndexOf(' ')]] = tag;
        }
        // Our user dictionary's words are content words, whatever jieba's dictionary says.
        foreach (var (word, _, _) in UserDictionary.Load()) words.Remove(word);
        return words;
    }
}
