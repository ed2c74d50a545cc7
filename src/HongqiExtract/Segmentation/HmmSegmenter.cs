using System.Text.RegularExpressions;
using HongqiExtract.Lexicons;

namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba's HMM for runs of characters the dictionary does not know (B, M, E, S states, Viterbi), as
/// jieba.NET's FinalSeg runs it, with its model (prob_trans.json and prob_emit.json, compiled at build
/// time by <see cref="HmmModelWriter"/>) in arrays indexed by state and character instead of
/// dictionaries of dictionaries. A test compares it with jieba.NET's FinalSeg on every unknown run of the corpus.
/// </summary>
internal sealed partial class HmmSegmenter
{
    /// <summary>The embedded compiled model's resource name.</summary>
    public const string ResourceName = "HongqiExtract.Segmentation.hmm.model";

    private const double MinProb = HmmModelWriter.MinProb;
    private const int B = 0, M = 1, E = 2, S = 3;
    private static readonly double[] Start = [-0.26268660809250016, MinProb, MinProb, -1.4652633398537678];
    // The states each may follow, in jieba.NET's order (the last of equal scores wins, as there).
    private static readonly int[][] Previous = [[E, S], [M, B], [B, M], [S, E]];

    private static readonly Lazy<HmmSegmenter> SharedModel = new(() => new HmmSegmenter(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>jieba.NET FinalSeg's RegexChinese and RegexSkip (a test holds them equal).</summary>
    internal const string HanPattern = @"([\u4E00-\u9FD5]+)", SkipPattern = @"([a-zA-Z0-9]+(?:\.\d+)?%?)";

    [GeneratedRegex(HanPattern)]
    private static partial Regex Han();

    [GeneratedRegex(SkipPattern)]
    private static partial Regex Skip();

    private readonly double[][] _transition = new double[4][];
    private readonly double[][] _emission = new double[4][];

    public static HmmSegmenter Shared => SharedModel.Value;

    private HmmSegmenter()
    {
        using var stream = LexiconResources.OpenCompiled(ResourceName);
        CompiledResource.ExpectMagic(stream, HmmModelWriter.Magic, "HMM model");
        var matrix = CompiledResource.ReadArray<double>(stream, 16);
        for (int from = 0; from < 4; from++) _transition[from] = matrix[(from * 4)..(from * 4 + 4)];
        for (int state = 0; state < 4; state++)
        {
            int n = CompiledResource.ReadInt32(stream);
            var characters = CompiledResource.ReadArray<char>(stream, n);
            var probabilities = CompiledResource.ReadArray<double>(stream, n);
            var row = _emission[state] = new double[char.MaxValue + 1];
            Array.Fill(row, MinProb);
            // In the JSON's order: a character listed twice keeps its last value, as when it was parsed here.
            for (int k = 0; k < n; k++) row[characters[k]] = probabilities[k];
        }
    }

    /// <summary>The words of a run, as jieba.NET's FinalSeg.Cut gives them.</summary>
    public void Cut(string run, List<string> words)
    {
        foreach (var block in Han().Split(run))
        {
            if (block.Length == 0) continue;
            if (Han().IsMatch(block)) { ViterbiCut(block, words); continue; }
            foreach (var piece in Skip().Split(block)) if (piece.Length > 0) words.Add(piece);
        }
    }

    private void ViterbiCut(string sentence, List<string> words)
    {
        int n = sentence.Length;
        var score = new double[n, 4];
        var from = new int[n, 4];
        for (int s = 0; s < 4; s++) score[0, s] = Start[s] + _emission[s][sentence[0]];
        for (int i = 1; i < n; i++)
            for (int y = 0; y < 4; y++)
            {
                double emission = _emission[y][sentence[i]], best = double.MinValue;
                int bestFrom = 0;
                foreach (int y0 in Previous[y])
                {
                    double candidate = score[i - 1, y0] + _transition[y0][y] + emission;
                    if (best <= candidate) { best = candidate; bestFrom = y0; }
                }
                score[i, y] = best;
                from[i, y] = bestFrom;
            }
        var states = new int[n];
        states[n - 1] = score[n - 1, E] < score[n - 1, S] ? S : E;
        for (int i = n - 1; i > 0; i--) states[i - 1] = from[i, states[i]];
        int begin = 0, next = 0;
        for (int i = 0; i < n; i++)
        {
            if (states[i] == B) begin = i;
            else if (states[i] == E) { words.Add(sentence.Substring(begin, i + 1 - begin)); next = i + 1; }
            else if (states[i] == S) { words.Add(sentence.Substring(i, 1)); next = i + 1; }
        }
        if (next < n) words.Add(sentence[next..]);
    }
}
