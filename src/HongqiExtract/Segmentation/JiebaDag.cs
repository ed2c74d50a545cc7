using System.Reflection;
using System.Text.RegularExpressions;
using JiebaNet.Segmenter;
using JiebaNet.Segmenter.FinalSeg;

namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba.NET's accurate mode (its word graph, best route and HMM for runs of unknown characters) over
/// the same loaded dictionary, without its costs: jieba.NET builds a Dictionary of Lists and a substring
/// per prefix tried (about 5 KB per call); here the graph is walked with span lookups into its own
/// prefix table and the route kept in two arrays. The text is split into blocks by jieba.NET's own
/// method and expressions, so everything but the graph is jieba.NET's. A test compares the two on
/// every clause the extractor segments in the real corpus and the passages.
/// </summary>
internal sealed class JiebaDag
{
    private delegate IEnumerable<string> CutIt(string text, Func<string, IEnumerable<string>> cutMethod, Regex han, Regex skip, bool cutAll);

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _trie;
    private readonly double _logTotal;
    private readonly IFinalSeg _hmm = Viterbi.Instance;
    private readonly CutIt _cutIt;
    private readonly Regex _han, _skip;
    private readonly Func<string, IEnumerable<string>> _cutDag;

    /// <summary>Binds to jieba.NET's loaded dictionary; call after every word is added (the total is read once).</summary>
    public JiebaDag(JiebaSegmenter segmenter)
    {
        const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var dictionary = WordDictionary.Instance;
        var trie = typeof(WordDictionary).GetField("Trie", Internal)?.GetValue(dictionary) as Dictionary<string, int>
            ?? throw new InvalidOperationException("jieba.NET's prefix table is not where this version expects it");
        _trie = trie.GetAlternateLookup<ReadOnlySpan<char>>();
        _logTotal = Math.Log(dictionary.Total);
        var method = typeof(JiebaSegmenter).GetMethod("CutIt", Internal) ?? throw new InvalidOperationException("jieba.NET's CutIt is missing");
        _cutIt = method.CreateDelegate<CutIt>(segmenter);
        _han = (Regex)typeof(JiebaSegmenter).GetField("RegexChineseDefault", Internal)!.GetValue(null)!;
        _skip = (Regex)typeof(JiebaSegmenter).GetField("RegexSkipDefault", Internal)!.GetValue(null)!;
        _cutDag = CutDag;
    }

    /// <summary>The words of <paramref name="text"/>, as jieba.NET's Cut(text, cutAll: false, hmm: true) gives them.</summary>
    public IEnumerable<string> Cut(string text) => _cutIt(text, _cutDag, _han, _skip, false);

    private int Frequency(ReadOnlySpan<char> word) => _trie.TryGetValue(word, out int frequency) && frequency > 0 ? frequency : 1;

    private bool Contains(ReadOnlySpan<char> word) => _trie.TryGetValue(word, out int frequency) && frequency > 0;

    private List<string> CutDag(string sentence)
    {
        int n = sentence.Length;
        var next = new int[n + 1];
        var best = new double[n + 1];
        // The best route from the end back, trying each word the prefix table allows from i (jieba.NET's
        // Calc over its GetDag): the first of equal scores wins, as there.
        for (int i = n - 1; i >= 0; i--)
        {
            double top = double.MinValue;
            int end = -1;
            bool any = false;
            for (int x = i; x < n; x++)
            {
                if (!_trie.TryGetValue(sentence.AsSpan(i, x - i + 1), out int frequency)) break;
                if (frequency <= 0) continue;
                any = true;
                double score = Math.Log(frequency) - _logTotal + best[x + 1];
                if (top < score) { top = score; end = x; }
            }
            if (!any)
            {
                end = i;
                top = Math.Log(Frequency(sentence.AsSpan(i, 1))) - _logTotal + best[i + 1];
            }
            best[i] = top;
            next[i] = end;
        }
        var words = new List<string>();
        int bufferStart = -1;
        for (int x = 0; x < n;)
        {
            int y = next[x] + 1;
            if (y - x == 1)
            {
                if (bufferStart < 0) bufferStart = x;
            }
            else
            {
                if (bufferStart >= 0) { AddBuffer(words, sentence, bufferStart, x); bufferStart = -1; }
                words.Add(sentence.Substring(x, y - x));
            }
            x = y;
        }
        if (bufferStart >= 0) AddBuffer(words, sentence, bufferStart, n);
        return words;
    }

    /// <summary>A run of single characters: one as it is, an unknown run through the HMM, a known word as its characters (jieba.NET's rule).</summary>
    private void AddBuffer(List<string> words, string sentence, int start, int end)
    {
        if (end - start == 1) { words.Add(sentence.Substring(start, 1)); return; }
        if (!Contains(sentence.AsSpan(start, end - start))) { words.AddRange(_hmm.Cut(sentence.Substring(start, end - start))); return; }
        for (int i = start; i < end; i++) words.Add(sentence.Substring(i, 1));
    }
}
