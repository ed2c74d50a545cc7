
namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba.NET's accurate mode (its word graph, best route and HMM for runs of unknown characters) over
/// the same dictionary, without its costs: jieba.NET parses dict.txt into its own table at start-up,
/// builds a Dictionary of Lists and a substring per prefix tried (about 5 KB per call); here the
/// dictionary is a trie compiled at build time (<see cref="WordTrie"/>), walked from each position with
/// each word's log probability looked up by its frequency's index, and the route kept in two arrays. Blocks are split as jieba.NET's expressions split them (without running
/// them), and runs of unknown characters go to the same HMM in arrays (<see cref="HmmSegmenter"/>).
/// Tests compare the table with jieba.NET's and the words of every clause the extractor segments.
/// </summary>
internal sealed class JiebaDag
{
    /// <summary>jieba.NET's RegexChineseDefault and RegexSkipDefault (a test holds them equal).</summary>
    internal const string HanPattern = @"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%·\-]+)", SkipPattern = @"(\r\n|\s)";

    private readonly WordTrie _trie;
    // log(frequency) − log(total) per distinct frequency, computed as jieba.NET computes each candidate's
    // (the subtraction first), so sums and ties come out bit for bit the same.
    private readonly double[] _logProbability;
    private readonly double _unknownLogProbability;

    public JiebaDag(WordTrie trie)
    {
        _trie = trie;
        double logTotal = Math.Log(trie.Total);
        _logProbability = new double[trie.Frequencies.Length];
        for (int i = 0; i < _logProbability.Length; i++) _logProbability[i] = Math.Log(trie.Frequencies[i]) - logTotal;
        // A character the dictionary lacks counts as frequency 1.
        _unknownLogProbability = Math.Log(1) - logTotal;
    }

    /// <summary>The words of <paramref name="text"/>, as jieba.NET's Cut(text, cutAll: false, hmm: true) gives them.</summary>
    public List<string> Cut(string text)
    {
        // jieba.NET's CutIt without its regular expressions: runs of HanPattern's characters go through
        // the word graph; everything else one character at a time, but CRLF kept as one piece.
        var result = new List<string>();
        int at = 0;
        while (at < text.Length)
        {
            int end = at + HanRunLength(text.AsSpan(at));
            if (end > at) { CutDag(text, at, end, result); at = end; continue; }
            if (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n') { result.Add("\r\n"); at += 2; continue; }
            result.Add(text[at].ToString());
            at++;
        }
        return result;
    }

    /// <summary>The characters of <see cref="HanPattern"/>'s class besides its Han range U+4E00–U+9FD5.</summary>
    private static readonly System.Buffers.SearchValues<char> OtherHanPatternChars = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#&._%·-");

    /// <summary>How many characters at the start of <paramref name="text"/> are in <see cref="HanPattern"/>'s class.</summary>
    private static int HanRunLength(ReadOnlySpan<char> text)
    {
        int at = 0;
        while (at < text.Length)
        {
            // Han runs are skipped vectorized; a Latin letter or digit inside one is checked alone.
            int other = text[at..].IndexOfAnyExceptInRange('\u4E00', '\u9FD5');
            if (other < 0) return text.Length;
            at += other;
            if (!OtherHanPatternChars.Contains(text[at])) return at;
            at++;
        }
        return at;
    }

    private bool Contains(ReadOnlySpan<char> word) => _trie.Frequency(_trie.Find(word)) > 0;

    /// <summary>The words of text[start..end), a block of HanPattern's characters, added to <paramref name="words"/>.</summary>
    private void CutDag(string text, int start, int end, List<string> words)
    {
        int n = end - start;
        // The route in two arrays, on the stack for a block of usual length (a clause), else rented.
        const int OnStack = 256;
        int[]? rentedNext = n < OnStack ? null : System.Buffers.ArrayPool<int>.Shared.Rent(n + 1);
        double[]? rentedBest = n < OnStack ? null : System.Buffers.ArrayPool<double>.Shared.Rent(n + 1);
        Span<int> next = rentedNext is null ? stackalloc int[n + 1] : rentedNext.AsSpan(0, n + 1);
        Span<double> best = rentedBest is null ? stackalloc double[n + 1] : rentedBest.AsSpan(0, n + 1);
        best[n] = 0;
        var sentence = text.AsSpan(start, n);
        // The best route from the end back, trying each word the dictionary has from i (jieba.NET's
        // Calc over its GetDag): the first of equal scores wins, as there.
        for (int i = n - 1; i >= 0; i--)
        {
            double top = double.MinValue;
            int last = -1;
            int node = WordTrie.Root;
            for (int x = i; x < n; x++)
            {
                if ((node = _trie.Child(node, sentence[x])) == WordTrie.Root) break;
                if (_trie.Frequency(node) <= 0) continue;
                double score = _logProbability[_trie.FrequencyIndex(node)] + best[x + 1];
                if (top < score) { top = score; last = x; }
            }
            if (last < 0)
            {
                // No word starts here: the character alone, as jieba.NET's graph adds it.
                last = i;
                top = _unknownLogProbability + best[i + 1];
            }
            best[i] = top;
            next[i] = last;
        }
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
                if (bufferStart >= 0) { AddBuffer(words, text, start + bufferStart, start + x); bufferStart = -1; }
                words.Add(text.Substring(start + x, y - x));
            }
            x = y;
        }
        if (bufferStart >= 0) AddBuffer(words, text, start + bufferStart, end);
        if (rentedNext is not null) System.Buffers.ArrayPool<int>.Shared.Return(rentedNext);
        if (rentedBest is not null) System.Buffers.ArrayPool<double>.Shared.Return(rentedBest);
    }

    /// <summary>A run of single characters: one as it is, an unknown run through the HMM, a known word as its characters (jieba.NET's rule).</summary>
    private void AddBuffer(List<string> words, string sentence, int start, int end)
    {
        if (end - start == 1) { words.Add(sentence.Substring(start, 1)); return; }
        if (!Contains(sentence.AsSpan(start, end - start))) { HmmSegmenter.Shared.Cut(sentence.Substring(start, end - start), words); return; }
        for (int i = start; i < end; i++) words.Add(sentence.Substring(i, 1));
    }
}
