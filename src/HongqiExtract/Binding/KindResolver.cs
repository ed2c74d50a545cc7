using HongqiExtract.Lexicons;
using HongqiExtract.Normalization;
using HongqiExtract.Output;
using HongqiExtract.Recognition;
using HongqiExtract.Segmentation;

namespace HongqiExtract.Binding;

/// <summary>
/// Decides what a value states (level, change, increase, growth, share, multiple, rank) from the
/// words right before it: the last verb of change (增长, 下降), a to-level (增至), a share word (占),
/// 新增 and its scope over the clauses after it.
/// </summary>
internal sealed class KindResolver(IWordSegmenter segmenter)
{
    private readonly CueLexicon<BindingCue> _cues = CueLexicon<BindingCue>.Shared;

    /// <summary>A cue this short (覆盖) names nothing: a percentage after it takes its meaning from what follows.</summary>
    private const int MaxBareCue = 2;

    /// <summary>The kind, whether the value falls (下降 → negative), and the carry for the next value.</summary>
    public (IndicatorKind Kind, bool Negative, BindingCarry Carry) Resolve(in MentionContext context, BindingCarry carry)
    {
        var q = context.Quantity;
        string cueText = context.CueText;
        if (q.Category == UnitCategory.Multiple) return (IndicatorKind.Multiple, false, carry);
        if (context.From is not null || _cues.EndingOf(BindingCue.Change, cueText.TrimEnd()) is not null) return (IndicatorKind.Change, false, carry);
        var tokens = segmenter.Segment(cueText);
        bool percent = q.Category is UnitCategory.Percent or UnitCategory.Points or UnitCategory.Tenth or UnitCategory.Permille;
        carry = ScopeIncrease(tokens, cueText, carry);
        var moved = MoveVerb(tokens, q, percent, out bool levelVerb);
        if (moved is { } move) return (move.Kind, move.Negative, carry);
        if (IsRank(q, cueText)) return (IndicatorKind.Rank, false, carry);
        if (percent && _cues.Occurs(BindingCue.Share, cueText)) return (IndicatorKind.Share, false, carry);
        // 89.4%的公园实现24小时开放, 覆盖80%以上的大城市: a percentage with no name before it, of what follows it, is a share
        // (not 增长6.5%左右的预期目标, 稳定在5%的失业率: those have their name before).
        // Nor 7%左右的速度, 5.5%左右的预期增长目标: a rate or target noun after 的 makes the percentage that rate.
        if (q.Category == UnitCategory.Percent && cueText.Trim().Length <= MaxBareCue && q.MentionSpan.End + 1 < context.Text.Length && context.Text[q.MentionSpan.End] == '的'
            && !_cues.StartsWithAny(BindingCue.RateNouns, context.Text.AsSpan(q.MentionSpan.End + 1)))
            return (IndicatorKind.Share, false, carry);
        // 覆盖95%以上行政村: the share of what follows that is covered.
        if (q.Category is UnitCategory.Percent or UnitCategory.Tenth && _cues.EndingOf(BindingCue.CoverageVerbs, cueText.TrimEnd()) is not null) return (IndicatorKind.Share, false, carry);
        if (!percent && _cues.Occurs(BindingCue.IncreaseAny, cueText)) return (IndicatorKind.Increase, false, carry);
        // 分别增长4.3%、5.5%: a bare value after 、 continues the enumeration before it.
        // 分别下降9.66%、15%和18%: it falls as the value before it did.
        if (IsOnlyJoiners(cueText) && (carry.Enumeration is not null || context.AfterEnumerationJoiner)) return (carry.LastKind, carry.LastNegative, carry);
        // 新增 carries over to the clauses after it, unless a clause states a level of its own (分别达).
        if (!percent && carry.IncreaseScope && !levelVerb) return (IndicatorKind.Increase, false, carry);
        return (IndicatorKind.Level, false, carry);
    }

    /// <summary>新增 opening the cue text scopes over what follows; a clause opening with a verb of its own ends the scope.</summary>
    private BindingCarry ScopeIncrease(IReadOnlyList<WordToken> tokens, string cueText, BindingCarry carry)
    {
        var firstWord = tokens.FirstOrDefault(t => !_cues.Is(BindingCue.NameLeading, t.Word) || _cues.Is(BindingCue.IncreaseAny, t.Word)).Word;
        if (firstWord is not null && _cues.Is(BindingCue.IncreaseAny, firstWord)) return carry with { IncreaseScope = true };
        if (firstWord is not null && _cues.Is(BindingCue.ClauseVerbs, firstWord) && !cueText.Contains('、')) return carry with { IncreaseScope = false };
        return carry;
    }

    /// <summary>The verb of change nearest the value, read back over trailing particles; null when a content word comes first.</summary>
    private (IndicatorKind Kind, bool Negative)? MoveVerb(IReadOnlyList<WordToken> tokens, Quantity q, bool percent, out bool levelVerb)
    {
        levelVerb = false;
        for (int t = tokens.Count - 1; t >= 0; t--)
        {
            var word = tokens[t].Word;
            if (_cues.Is(BindingCue.LevelVerbs, word)) levelVerb = true;
            bool up = _cues.Is(BindingCue.GrowthUp, word), down = _cues.Is(BindingCue.GrowthDown, word);
            // 提高0.35个百分点: a rate moving by points is a net change of that rate, not a growth rate.
            if (up || down) return (percent && q.Category != UnitCategory.Points ? IndicatorKind.Growth : IndicatorKind.Increase, down);
            if (!_cues.Is(BindingCue.NameTrailing, word) && word.Any(ChineseText.IsIdeograph)) break;
        }
        return null;
    }

    private bool IsRank(Quantity q, string cueText) =>
        _cues.Is(BindingCue.RankUnits, q.Unit) && cueText.Length > 0 && _cues.EndsWithAny(BindingCue.RankMarkers, cueText);

    /// <summary>Nothing but punctuation and enumeration joiners (、, 和, 与, 及).</summary>
    private bool IsOnlyJoiners(string cueText)
    {
        var rest = cueText.AsSpan();
        while (rest.Length > 0)
        {
            if (rest[0] is '，' or ',' or ' ') { rest = rest[1..]; continue; }
            int length = _cues.PrefixLength(BindingCue.EnumerationJoiners, rest);
            if (length == 0) return false;
            rest = rest[length..];
        }
        return true;
    }
}
