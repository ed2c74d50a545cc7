namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba.NET's part-of-speech tags for the function words of its dictionary: adverbs (d),
/// prepositions (p), conjunctions (c), particles (u), pronouns (r) and time words (t), and its verbs (v), kept in the
/// compiled word trie beside each word (from dict.txt's tag column at build time), no HMM tagging, so binding can tell
/// 分别/已/为/在/其中/同时 from the nouns of a name at a dictionary lookup's cost.
/// </summary>
internal static class PartOfSpeech
{
    /// <summary>The tag of a function word (d, p, c, u, r, t) or verb (v), or '\0' for any other word.</summary>
    public static char FunctionTag(string word) => WordTrie.Shared.FunctionTag(word);

    /// <summary>Adverbs, prepositions, conjunctions and particles: never the last word of a name.</summary>
    public static bool EndsNoName(string word) => FunctionTag(word) is 'd' or 'p' or 'c' or 'u';

    /// <summary>Whether the dictionary tags a word as a verb (v): 访华, 得到, 入选.</summary>
    public static bool IsVerb(string word) => FunctionTag(word) == 'v';

    /// <summary>Conjunctions, adverbs, prepositions, pronouns and time words: never the first word of a name.</summary>
    public static bool StartsNoName(string word) => FunctionTag(word) is 'c' or 'd' or 'p' or 'r' or 't';
}
