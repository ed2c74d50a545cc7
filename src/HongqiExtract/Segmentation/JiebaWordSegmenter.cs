using HongqiExtract.Lexicons;
using System.Diagnostics;
using System.Reflection;
using JiebaNet.Segmenter;

namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba.NET's segmentation behind <see cref="IWordSegmenter"/>: its dictionary (embedded in this
/// assembly, with the domain user dictionary added) compiled at build time into a <see cref="WordTrie"/> read once, lazily,
/// and only read afterwards; the word graph is <see cref="JiebaDag"/>'s and the HMM <see cref="HmmSegmenter"/>'s,
/// both over jieba's embedded data. jieba.NET itself runs only where a test or benchmark compares with it;
/// its files are then written once to a checked cache folder that it reads.
/// </summary>
public sealed class JiebaWordSegmenter : IWordSegmenter
{
    private const string ResourcePrefix = "HongqiExtract.Jieba.";
    private static readonly string[] RequiredFiles = ["dict.txt", "prob_trans.json", "prob_emit.json", "char_state_tab.json"];
    private static readonly Lazy<JiebaWordSegmenter> SharedInstance = new(() => new JiebaWordSegmenter(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaDag _dag;

    // jieba.NET itself, loaded only where a test or benchmark compares with it.
    private static readonly Lazy<JiebaSegmenter> Reference = new(() =>
    {
        // jieba.NET reads its dictionary and models from files: written to a checked cache folder first.
        ConfigManager.ConfigFileBaseDir = PrepareDictionaryFolder();
        var segmenter = new JiebaSegmenter();
        foreach (var (word, frequency, tag) in UserDictionary.Load()) segmenter.AddWord(word, frequency, tag);
        return segmenter;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private JiebaWordSegmenter()
    {
        var watch = Stopwatch.StartNew();
        long before = GC.GetTotalMemory(false);
        _dag = new JiebaDag(WordTrie.Shared);
        _ = _dag.Cut("初始化");
        LoadTime = watch.Elapsed;
        LoadBytes = Math.Max(0, GC.GetTotalMemory(false) - before);
    }

    /// <summary>The process-wide segmenter, loaded on first use.</summary>
    public static JiebaWordSegmenter Shared => SharedInstance.Value;

    /// <summary>How long loading the dictionaries took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Managed memory the loaded dictionaries added, approximately.</summary>
    public long LoadBytes { get; }

    /// <inheritdoc />
    public IReadOnlyList<WordToken> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return [];
        var tokens = new List<WordToken>();
        // As jieba.NET's Tokenize(text, Default, hmm: true): each word starts where the one before ended.
        int start = 0;
        foreach (var word in _dag.Cut(text))
        {
            tokens.Add(new WordToken(word, start, start + word.Length));
            start += word.Length;
        }
        return tokens;
    }

    /// <summary>The words alone, as jieba.NET's Cut(text, cutAll: false, hmm: true) gives them.</summary>
    internal List<string> Cut(string text) => _dag.Cut(text);

    /// <summary>jieba.NET's own Cut(text, cutAll: false, hmm: true), for the benchmark that compares <see cref="Cut"/> with it.</summary>
    internal IEnumerable<string> CutWithJieba(string text) => Reference.Value.Cut(text, cutAll: false, hmm: true);

    /// <summary>jieba.NET's own Tokenize, for the test and benchmark that hold <see cref="Segment"/> to it.</summary>
    internal IReadOnlyList<WordToken> SegmentWithJieba(string text)
    {
        var tokens = new List<WordToken>();
        foreach (var token in Reference.Value.Tokenize(text, TokenizerMode.Default, hmm: true))
            tokens.Add(new WordToken(token.Word, token.StartIndex, token.EndIndex));
        return tokens;
    }

    /// <summary>
    /// Writes the embedded dictionaries to a private cache folder and checks every file against the
    /// embedded copy before jieba reads it, so a truncated or planted file is replaced, never trusted.
    /// Folders tried: HONGQI_CACHE_DIR, the XDG cache folder, ~/.cache; a folder others can write is
    /// skipped; the last resort is a fresh owner-only temporary folder.
    /// </summary>
    private static string PrepareDictionaryFolder()
    {
        var assembly = typeof(JiebaWordSegmenter).Assembly;
        var version = "jieba-" + assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        var problems = new List<string>();
        foreach (var root in CacheRoots())
        {
            try
            {
                var folder = Path.Combine(root, version);
                if (DictionaryCache.Populate(assembly, ResourcePrefix, folder, AllFiles, RequiredFiles) is { } refused) problems.Add(refused);
                else return folder + Path.DirectorySeparatorChar;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { problems.Add($"{root}: {e.Message}"); }
        }
        try
        {
            var fresh = Directory.CreateTempSubdirectory("hongqiextract-").FullName;
            if (DictionaryCache.Populate(assembly, ResourcePrefix, fresh, AllFiles, RequiredFiles) is { } refused) problems.Add(refused);
            // jieba joins its file names to this folder with Path.Combine; a trailing separator is harmless.
            else return fresh + Path.DirectorySeparatorChar;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { problems.Add($"temporary folder: {e.Message}"); }
        throw new InvalidOperationException("The word segmenter's dictionaries could not be written to any cache folder: " + string.Join("; ", problems));
    }

    private static readonly string[] AllFiles = [.. RequiredFiles, "pos_prob_start.json", "pos_prob_trans.json", "pos_prob_emit.json"];

    private static IEnumerable<string> CacheRoots()
    {
        if (Environment.GetEnvironmentVariable("HONGQI_CACHE_DIR") is { Length: > 0 } configured) yield return configured;
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)) yield return Path.Combine(xdg, "hongqiextract");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0) yield return Path.Combine(home, ".cache", "hongqiextract");
    }
}

internal static partial class UserDictionary
{
    /// <summary>The embedded domain dictionary's words.</summary>
    public static IEnumerable<(string Word, int Frequency, string Tag)> Load()
    {
        using var reader = new StreamReader(LexiconResources.Open(ResourcePath), System.Text.Encoding.UTF8);
        foreach (var entry in Parse(reader)) yield return entry;
    }
}
