using HongqiExtract.Output;
using HongqiExtract.Documents;
using HongqiExtract.Recognition;
using HongqiExtract.Segmentation;

namespace HongqiExtract.Binding;

/// <summary>
/// Binds the values of one sentence, in order: pairs from-values with their changes, then for each
/// value reads its segment (<see cref="MentionContext"/>) and resolves its name, kind and written
/// period, handing a <see cref="BindingCarry"/> from one value to the next. One binder per extraction.
/// </summary>
internal sealed class SentenceBinder
{
    private readonly NameResolver _names;
    private readonly KindResolver _kinds;

    public SentenceBinder(IWordSegmenter segmenter)
    {
        _names = new NameResolver(new NameBinder(segmenter));
        _kinds = new KindResolver(segmenter);
    }

    /// <summary>The bound values of a sentence; <paramref name="quantities"/> (its indicator quantities) may be changed in place.</summary>
    public List<BoundMention> Bind(ReportDocument document, int sentenceIndex, List<Quantity> quantities, PeriodScopes scopes)
    {
        var sentence = document.Sentences[sentenceIndex];
        var pairing = MentionPairing.Pair(document.Text, sentence, quantities);
        var sentencePeriods = scopes.InSentence(sentenceIndex);
        var bound = new List<BoundMention>(quantities.Count);
        var carry = default(BindingCarry);
        int previousEnd = sentence.Span.Start;
        for (int i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (pairing.IsFromValue(i)) continue; // bound with the change that follows it
            if (q.MentionSpan.Start < previousEnd) { previousEnd = Math.Max(previousEnd, q.MentionSpan.End); continue; }
            var context = MentionContext.Create(document, sentenceIndex, quantities, i, pairing.FromOf(i), previousEnd, sentencePeriods, scopes.MonthsInSentence(sentenceIndex));
            (string? name, int nameOffset, carry) = _names.Resolve(context, carry);
            // 铁路营业里程达到12.1万公里，其中高速铁路超过1.9万公里: a part in the unit of the whole before it
            // (a rate keeps the part's own name: 其中出口增长10.8%).
            if (name is not null && q.Category != UnitCategory.Percent && bound.Count > 0 && bound[^1] is { Name: { } whole } previous && previous.Quantity.NormalizedUnit == q.NormalizedUnit
                && _names.IsPartMarked(context)) name = _names.PartName(name, whole);
            (var kind, bool negative, carry) = _kinds.Resolve(context, carry);
            // …占生产总值比重比2020年提高5.3个百分点、达到44.5%: a percentage level of a name that is a share is a share.
            if (kind == IndicatorKind.Level && q.Category == UnitCategory.Percent && name is not null && _names.NamesShare(name)) kind = IndicatorKind.Share;
            // 经济增长速度…定为百分之八至九, 地区生产总值增速为5.5%: a percentage level of a name that is a growth rate is that growth.
            else if (kind == IndicatorKind.Level && q.Category == UnitCategory.Percent && name is not null && _names.NamesGrowthRate(name)) kind = IndicatorKind.Growth;
            var period = PeriodResolver.Choose(context, scopes);
            var months = PeriodResolver.Months(context, scopes);
            int textStart = name is not null && nameOffset >= 0 ? context.SegmentStart + nameOffset : q.MentionSpan.Start;
            if (textStart > q.Span.Start) textStart = q.MentionSpan.Start;
            // 社会消费品零售总额、固定资产投资增长4%左右: one value shared by the indicators listed before it, a record each.
            foreach (var item in _names.SharedBy(context, name, kind, carry))
                bound.Add(new BoundMention(sentenceIndex, q, context.From, item, textStart, kind, negative, period, context.CueText, months));
            carry = carry with { LastName = name, LastKind = kind, LastNegative = negative };
            previousEnd = q.MentionSpan.End;
        }
        return bound;
    }
}
