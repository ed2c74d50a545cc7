using HongqiExtract.Lexicons;
using HongqiExtract.Segmentation;
using JiebaNet.Segmenter;

namespace HongqiExtract.Tests.Segmentation;

/// <summary>
/// jieba.NET itself, which the package's segmenter is held to (tests) and measured against (benchmarks).
/// It reads the dictionary and models the package compiles from, copied from the jieba.NET package
/// beside this assembly by the build (jieba/), with the package's domain dictionary added as the package adds it.
/// </summary>
internal static class JiebaReference
{
    /// <summary>The folder holding jieba.NET's dict.txt and model files.</summary>
    public static string DictionaryFolder { get; } = Path.Combine(AppContext.BaseDirectory, "jieba") + Path.DirectorySeparatorChar;

    private static readonly Lazy<JiebaSegmenter> Instance = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = DictionaryFolder;
        var segmenter = new JiebaSegmenter();
        foreach (var (word, frequency, tag) in UserWords()) segmenter.AddWord(word, frequency, tag);
        return segmenter;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>jieba.NET's segmenter, loaded on first use (its model files are then found).</summary>
    public static JiebaSegmenter Segmenter => Instance.Value;

    /// <summary>jieba.NET's Cut(text, cutAll: false, hmm: true).</summary>
    public static IEnumerable<string> Cut(string text) => Segmenter.Cut(text, cutAll: false, hmm: true);

    /// <summary>jieba.NET's Tokenize(text, Default, hmm: true) as the package's tokens.</summary>
    public static IReadOnlyList<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        foreach (var token in Segmenter.Tokenize(text, TokenizerMode.Default, hmm: true))
            tokens.Add(new WordToken(token.Word, token.StartIndex, token.EndIndex));
        return tokens;
    }

    /// <summary>The prefix table parsed from jieba's dict.txt and the domain dictionary, as the build compiles it.</summary>
    public static PrefixTable ParsePrefixTable()
    {
        using var reader = new StreamReader(Path.Combine(DictionaryFolder, "dict.txt"), System.Text.Encoding.UTF8);
        return PrefixTable.Load(reader, UserWords().Select(w => (w.Word, w.Frequency)));
    }

    /// <summary>The domain dictionary the package embeds.</summary>
    public static List<(string Word, int Frequency, string Tag)> UserWords()
    {
        using var reader = new StreamReader(LexiconResources.Open(UserDictionary.ResourcePath), System.Text.Encoding.UTF8);
        return [.. UserDictionary.Parse(reader)];
    }
}
