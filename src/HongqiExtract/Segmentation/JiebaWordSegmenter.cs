using System.Diagnostics;

namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba.NET's segmentation behind <see cref="IWordSegmenter"/>: its dictionary, with the domain user
/// dictionary added, compiled at build time into a <see cref="WordTrie"/> read once, lazily, and only read
/// afterwards; the word graph is <see cref="JiebaDag"/>'s and the HMM <see cref="HmmSegmenter"/>'s, over
/// jieba's data compiled the same way. jieba.NET itself never runs in the package: the tests hold this
/// segmenter to it word for word, and the benchmarks measure against it.
/// </summary>
public sealed class JiebaWordSegmenter : IWordSegmenter
{
    private static readonly Lazy<JiebaWordSegmenter> SharedInstance = new(() => new JiebaWordSegmenter(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaDag _dag;

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
}
