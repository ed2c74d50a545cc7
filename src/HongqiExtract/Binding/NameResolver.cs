using HongqiExtract.Output;
using HongqiExtract.Lexicons;
using HongqiExtract.Recognition;
using HongqiExtract.Structure;

namespace HongqiExtract.Binding;

/// <summary>
/// Decides which name a value takes: the next item of an enumeration (A、B分别…), the noun a count
/// stands before (出台29项促消费政策), the noun phrase before it, or the previous value's name (a rate
/// after its level). Finding the noun phrases themselves is <see cref="NameBinder"/>'s job.
/// </summary>
internal sealed class NameResolver(NameBinder binder)
{
    private readonly CueLexicon<BindingCue> _cues = CueLexicon<BindingCue>.Shared;

    /// <summary>The name of a value and where it starts in its segment (-1 when it is not written there), and the carry for the next value.</summary>
    public (string? Name, int Offset, BindingCarry Carry) Resolve(in MentionContext context, BindingCarry carry)
    {
        string? lastName = carry.LastName;
        var (name, offset) = Bind(context, ref carry);
        // 占总人口比重（常住人口城镇化率）为74.63%: the indicator's own name in brackets right before the value names it.
        if (BracketedName(context.Segment) is { } alias) return (alias, -1, carry);
        // 占GDP比重67.0%, 占世界60%以上, 在移动电话用户中占比65.9%: a share is named by its part and its whole.
        // (Not inside an enumeration: its items are named by SplitEnumeration.)
        if (carry.Enumeration is null && ShareName(context, lastName) is { } share && share != name) return (share, -1, carry);
        // 地区生产总值稳步提升，2024年历史性突破万亿元大关: a value with no name of its own, first in its sentence,
        // takes the indicator the clause before names.
        if (string.IsNullOrEmpty(name) && lastName is null && context.ClauseStart > context.Sentence.Span.Start
            && SubjectBefore(context) is { } named && _cues.EndingOf(BindingCue.SharedHeads, named) is not null)
            return (named, -1, carry);
        // 今年经济增长速度的宏观调控目标，定为百分之八至九: after a clause that names a goal, the goal's subject.
        if (string.IsNullOrEmpty(name) && lastName is null && context.ClauseStart > context.Sentence.Span.Start
            && ClauseBefore(context) is { } goal && _cues.EndingOf(BindingCue.GoalNouns, goal) is { } noun
            && GoalSubject(goal[..^noun.Length]) is { } before && binder.NameBefore(before) is { } goalSubject)
            return (goalSubject.Name, -1, carry);
        if (name is { Length: 0 }) name = null;
        // 实施省市重点项目2667个、总投资34148.1亿元: a bare attribute right after another value is that value's (省市重点项目总投资).
        if (name is not null && (_cues.Is(BindingCue.AttributeNames, name) || _cues.Is(BindingCue.ItemAttributes, name)) && lastName is not null && !_cues.Is(BindingCue.AttributeNames, lastName)
            && context.SegmentStart > 0 && context.Text[context.SegmentStart - 1] == '、' && !_cues.Is(BindingCue.RedundantAttributes, name))
            return (lastName.EndsWith(name, StringComparison.Ordinal) ? lastName : lastName + name, -1, carry);
        // 外商直接投资保持良好势头，实际金额达到330多亿美元: a bare attribute takes the subject of the clause before,
        // or in a sentence's first clause that of the sentence before in its paragraph (地区生产总值稳步提升；2025年总量达…).
        if (name is not null && _cues.Is(BindingCue.AttributeNames, name)
            && (context.ClauseStart > context.Sentence.Span.Start ? SubjectBefore(context)
                : _cues.Is(BindingCue.RedundantAttributes, name) ? SubjectOfPreviousSentence(context) : null) is { } subject)
            return (_cues.Is(BindingCue.RedundantAttributes, name) ? subject : subject + name, -1, carry);
        return (name, offset, carry);
    }

    private (string? Name, int Offset) Bind(in MentionContext context, ref BindingCarry carry)
    {
        string segment = context.Segment;
        int split = _cues.IndexOfAny(BindingCue.Respectively, segment);
        // 城乡居民人均可支配收入从…46503元和16935元分别提高到58794元: 分别 stands after the from-values, out of the segment.
        if (split < 0 && segment.Length > 0 && context.From is { } from && from.MentionSpan.End <= context.Quantity.MentionSpan.Start
            && _cues.Occurs(BindingCue.Respectively, context.Text.AsSpan(from.MentionSpan.End, context.Quantity.MentionSpan.Start - from.MentionSpan.End)))
            split = segment.Length;
        if (split > 0)
        {
            var items = binder.SplitEnumeration(SubjectBeforeValues(segment[..split]));
            carry = carry with { Enumeration = items, EnumerationIndex = 0 };
            if (items.Count > 0) return (items[0], -1);
        }
        // 分别达到1.35亿人次、453.8万吨，分别增长8.3%、7.9%: a second 分别 walks the same enumeration again.
        if (split == 0 && carry.Enumeration is { Count: > 0 } again)
        {
            carry = carry with { EnumerationIndex = 0 };
            return (again[0], -1);
        }
        // 分别增长5.1%和6.3%: a value after nothing but a joiner takes the next item.
        bool emptySegment = segment.AsSpan().Trim("、，, ").IsEmpty || MentionPairing.JoinsEnumeration(segment);
        if (emptySegment && carry.Enumeration is { } enumeration && carry.EnumerationIndex + 1 < enumeration.Count)
        {
            carry = carry with { EnumerationIndex = carry.EnumerationIndex + 1 };
            return (enumeration[carry.EnumerationIndex], -1);
        }
        carry = carry with { Enumeration = null };

        var q = context.Quantity;
        // 出台29项促消费政策, 1596个“千项万亿”重大项目: a count stands before what it counts.
        // The noun after the value is segmented only where a rule reads it (binding's costliest step), memoized on the stack.
        var local = context;
        (string? Noun, bool Read) after = default;
        string? After() => after.Read ? after.Noun : (after = (CountedNounAfter(local), true)).Noun;
        if (q.Category == UnitCategory.Count && After() is { } counted) return (counted, -1);

        var bound = binder.NameBefore(segment);
        // 棉花产量连续4年占全国九成: the share is of 棉花产量; 占全国 names the whole, not the part.
        if (bound is { } part && ShareOfWholeAt(part.Name) is int whole and > 0)
            bound = binder.NameBefore(part.Name[..whole]) ?? bound;
        // 无人机产量增长39%，占全国9成: a share clause measures the indicator named before it.
        if (bound is { } share && share.Name.StartsWith('占') && carry.LastName is { } previous) return (previous, -1);
        // 实际使用外资187.2亿美元，折合1148亿元人民币: a conversion restates the value before it, under its name.
        if (bound is { } conversion && _cues.Is(BindingCue.ConversionVerbs, conversion.Name) && carry.LastName is { } converted) return (converted, -1);
        // 建成5G基站8.99万个、覆盖95%以上行政村: a share covered is named by what covers and what is covered.
        // 养老助餐点覆盖九成以上城乡社区 → 养老助餐点覆盖城乡社区.
        if (bound is { } cover && q.Category is UnitCategory.Percent or UnitCategory.Tenth && _cues.EndingOf(BindingCue.CoverageVerbs, cover.Name) is { } verb
            && context.CueText.TrimEnd().EndsWith(verb, StringComparison.Ordinal) && After() is { } covered)
            return ((cover.Name.Length == verb.Length ? carry.LastName ?? "" : "") + cover.Name + covered, -1);
        // 增发1万亿元国债: a bare verb before the number, and the noun after it.
        if (bound is { } b && !(b.Name.Length <= 2 && After() is not null)) return (b.Name, b.Offset);
        if (After() is { } noun) return (noun, -1);
        // 国内生产总值达到134.9万亿元、增长5%: the rate belongs to the level before it.
        return (carry.LastName, -1);
    }

    /// <summary>
    /// The names one growth rate stands for: each indicator an enumeration joined by 、 lists before it
    /// with no 分别 (社会消费品零售总额、固定资产投资增长4%左右 → both), else its one name. Counts and levels
    /// after such a list are their sum (研究中心、实验室增至216家), and a sector's official name may hold 、
    /// (电力、热力、燃气及水生产和供应业; 计算机、通信和其他电子设备制造业): short items or a joiner in the
    /// last item keep the name whole.
    /// </summary>
    public IReadOnlyList<string?> SharedBy(in MentionContext context, string? name, IndicatorKind kind, BindingCarry carry)
    {
        if (name is null || !name.Contains('、') || carry.Enumeration is not null || _cues.Occurs(BindingCue.Respectively, context.Segment)) return [name];
        // …参保率均达到95%: the 均 is no part of the last item's name.
        while (_cues.EndingOf(BindingCue.EachMarkers, name) is { } mark && name.Length > mark.Length) name = name[..^mark.Length];
        var written = name.Split('、');
        // 肉蛋奶、蔬菜产量均突破百万吨: 均 says the value holds for each item, whatever its kind.
        if (_cues.Occurs(BindingCue.EachMarkers, context.CueText.AsSpan(Math.Max(0, context.CueText.Length - EachReach)))
            && binder.SplitEnumeration(name) is { Count: >= 2 } each && each.Count == written.Length)
            return WithSharedHead(each, written);
        if (kind != IndicatorKind.Growth) return [name];
        if (written.Any(i => i.Length < MinSharedItem) || _cues.Occurs(BindingCue.EnumerationJoiners, written[^1])) return [name];
        // 零售额合计增长: the rate of their sum; 转移支付规模大幅增加、专项转移支付项目减少: a clause, not a list of names.
        if (_cues.Occurs(BindingCue.SumMarkers, context.CueText) || written[..^1].Any(i => _cues.Occurs(BindingCue.GrowthUp, i) || _cues.Occurs(BindingCue.GrowthDown, i))) return [name];
        var items = binder.SplitEnumeration(name);
        return items.Count == written.Length ? WithSharedHead(items, written) : [name];
    }

    /// <summary>
    /// The shared head goes to an industry or a short item (装备制造业 → 装备制造业产值, 肉蛋奶 → 肉蛋奶产量); an item
    /// that is a full indicator (全社会研发经费投入, 接待游客人次) keeps its own name.
    /// </summary>
    private static List<string?> WithSharedHead(List<string> items, string[] written) =>
        [.. items.Select((item, i) => written[i].EndsWith('业') || written[i].Length <= MaxBareItem ? item : written[i])];

    /// <summary>An item this short (肉蛋奶, 粮食) names no indicator without the head written after the last one.</summary>
    private const int MaxBareItem = 3;

    /// <summary>How close before the value a 均 must stand (均突破, 均增长).</summary>
    private const int EachReach = 4;

    /// <summary>An indicator listed before a shared rate is named in full: 固定资产投资, not 电力.</summary>
    private const int MinSharedItem = 4;

    /// <summary>The name in a bracket that ends the segment, before at most a linking verb (（常住人口城镇化率）为), when it names a rate; else null.</summary>
    private string? BracketedName(string segment)
    {
        int close = segment.LastIndexOfAny(['）', ')']);
        if (close < 0 || segment.Length - close - 1 > MaxLinkAfterBracket) return null;
        int open = segment.LastIndexOfAny(['（', '('], close);
        if (open < 0) return null;
        string inner = segment[(open + 1)..close];
        return inner.Length >= 4 && _cues.EndingOf(BindingCue.RateNames, inner) is not null ? inner : null;
    }

    /// <summary>At most this many characters (为, 达到) between the bracket and the value.</summary>
    private const int MaxLinkAfterBracket = 2;

    /// <summary>Whether a name ends as a share's does (…比重, …占比, …比例).</summary>
    public bool NamesShare(string name) => _cues.EndingOf(BindingCue.ShareNameEnds, name) is not null;

    /// <summary>Whether a name ends in a rate of growth (经济增长速度, 地区生产总值增速).</summary>
    public bool NamesGrowthRate(string name) => _cues.EndingOf(BindingCue.GrowthRateNames, name) is not null;

    /// <summary>Whether a value's segment opens with 其中 (其中高速铁路超过…, 其中，轻工业…): a part of the value before it.</summary>
    public bool IsPartMarked(in MentionContext context) => context.Segment.TrimStart('，', ',', '、', ' ').StartsWith("其中", StringComparison.Ordinal);

    /// <summary>A part's name under its whole's (<see cref="NameBinder.PartOf"/>); a part with a measure of its own keeps it.</summary>
    public string PartName(string part, string whole) => part.Length <= MaxBarePart ? binder.PartOf(part, whole) : part;

    /// <summary>A part longer than this names its own measure (稻谷产量 aside, 规模以上工业企业营业收入).</summary>
    private const int MaxBarePart = 6;

    /// <summary>城乡居民人均可支配收入从2021年的46503元和16935元 → 城乡居民人均可支配收入: the subject of 分别 ends where its from-values start.</summary>
    private string SubjectBeforeValues(string subject)
    {
        int digit = subject.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit <= 0) return subject;
        string head = subject[..digit];
        int marker = _cues[BindingCue.FromMarkers].Select(m => head.LastIndexOf(m, StringComparison.Ordinal)).Max();
        return marker > 0 ? head[..marker] : subject;
    }

    /// <summary>The subject of the first clause of the sentence before, in the same paragraph, when it names an indicator (ends with 总值, 收入…).</summary>
    private string? SubjectOfPreviousSentence(in MentionContext context)
    {
        if (context.SentenceIndex == 0) return null;
        var previous = context.Document.Sentences[context.SentenceIndex - 1];
        if (previous.ParagraphIndex != context.Sentence.ParagraphIndex) return null;
        int end = Clauses.EndAfter(context.Text, previous.Span.Start, previous.Span.End);
        var subject = end > previous.Span.Start ? binder.NameBefore(context.Text[previous.Span.Start..end])?.Name : null;
        return subject is not null && _cues.EndingOf(BindingCue.SharedHeads, subject) is not null ? subject : null;
    }

    /// <summary>X占Y比重 for a share whose whole is written (X占Y…, 在Y中占比, 在Y的占比), X占比 for 占 with no whole; else null.</summary>
    private string? ShareName(in MentionContext context, string? lastName)
    {
        if (context.Quantity.Category is not (UnitCategory.Percent or UnitCategory.Tenth or UnitCategory.Permille)) return null;
        string cue = context.CueText;
        int zhan = cue.LastIndexOf('占');
        if (zhan < 0 || _cues.StartsWithAny(BindingCue.ShareFalseStarts, cue.AsSpan(zhan))) return null;
        string partText, wholeText;
        bool writtenShare = zhan + 1 < cue.Length && cue[zhan + 1] == '比';
        if (writtenShare)
        {
            // 在Y中占比, 在Y的占比: the whole stands between 在 and 中/的.
            int at = cue.LastIndexOf('在', zhan);
            if (at < 0 || zhan - at < 3 || cue[zhan - 1] is not ('中' or '的')) return null;
            (partText, wholeText) = (cue[..at], cue[(at + 1)..(zhan - 1)]);
        }
        else (partText, wholeText) = (cue[..zhan], cue[(zhan + 1)..]);
        string? part = binder.NameBefore(partText)?.Name ?? (partText.AsSpan().Trim("，,、 ").IsEmpty ? lastName : null);
        if (part is null) return null;
        var (whole, shareWord) = WholeName(wholeText);
        if (whole.Length > 0) return $"{part}占{whole}{shareWord}";
        return writtenShare ? null : part + "占比";
    }

    /// <summary>
    /// The whole of a share, cut at its share word (GDP比重为 → GDP; 国内生产总值比例持续 → 国内生产总值), and that word
    /// (比重 unless 比例 or 份额 is written); 全国, 全省 and GDP stand as wholes of their own.
    /// </summary>
    private (string Whole, string ShareWord) WholeName(string text)
    {
        string shareWord = "比重";
        // Most texts end in none: one search says so before each end is tried.
        if (_cues.Occurs(BindingCue.ShareNameEnds, text))
        {
            foreach (var end in _cues[BindingCue.ShareNameEnds])
            {
                int at = text.IndexOf(end, StringComparison.Ordinal);
                if (at < 0) continue;
                if (end is "比例" or "份额") shareWord = end;
                text = text[..at];
            }
        }
        // 占到全省的30%: 到 only joins 占 to its whole.
        var bare = text.TrimEnd('的').Trim().TrimStart('到');
        // 全国 and 全省 are clause openers to NameBefore: 占全省总量的12% is of 全省; 占全市GDP比重 is of GDP.
        foreach (var region in _cues[BindingCue.ShareWholes])
        {
            if (!bare.StartsWith(region, StringComparison.Ordinal)) continue;
            var rest = bare[region.Length..];
            if (rest.Length == 0 || _cues.Is(BindingCue.ShareWholeEnds, rest)) return (region, shareWord);
            if (rest.All(char.IsAsciiLetterOrDigit)) return (rest, shareWord);
        }
        // GDP has no ideograph, which NameBefore asks of a name.
        var whole = binder.NameBefore(bare)?.Name ?? (bare.Length > 0 && bare.All(char.IsAsciiLetterOrDigit) ? bare : "");
        return (whole, shareWord);
    }

    /// <summary>The noun phrase right after the value, up to the next value or clause break.</summary>
    private string? CountedNounAfter(in MentionContext context)
    {
        var q = context.Quantity;
        string text = context.Text;
        int limit = context.Index + 1 < context.Quantities.Count ? context.Quantities[context.Index + 1].MentionSpan.Start : text.Length;
        int followingEnd = Clauses.EndAfter(text, q.MentionSpan.End, limit);
        return followingEnd > q.MentionSpan.End ? binder.NameAfter(text[q.MentionSpan.End..followingEnd]) : null;
    }

    /// <summary>The subject of the clause before the value's clause.</summary>
    private string? SubjectBefore(in MentionContext context)
    {
        int end = context.ClauseStart - 1;
        int start = Clauses.StartBefore(context.Text, context.Sentence.Span.Start, end);
        return binder.NameAfter(context.Text[start..end]);
    }

    /// <summary>The text of the clause before the value's, trimmed.</summary>
    private static string ClauseBefore(in MentionContext context)
    {
        int end = context.ClauseStart - 1;
        return context.Text[Clauses.StartBefore(context.Text, context.Sentence.Span.Start, end)..end].Trim();
    }

    /// <summary>What a goal is set for: the words before its last 的 (经济增长速度的宏观 → 经济增长速度), or all of them; null for less than a word.</summary>
    private static string? GoalSubject(string beforeGoal)
    {
        int of = beforeGoal.LastIndexOf('的');
        var subject = of >= 0 ? beforeGoal[..of] : beforeGoal;
        return subject.Length >= 2 ? subject : null;
    }

    /// <summary>Where 占 + a whole (全国, 全省…) + optionally 总量/总数/的 ends the name, or null: 棉花产量占全国 → 4.</summary>
    private int? ShareOfWholeAt(string name)
    {
        for (int at = name.IndexOf('占'); at >= 0; at = at + 1 < name.Length ? name.IndexOf('占', at + 1) : -1)
        {
            var rest = name.AsSpan(at + 1);
            foreach (var whole in _cues[BindingCue.ShareWholes])
            {
                if (!rest.StartsWith(whole, StringComparison.Ordinal)) continue;
                var tail = rest[whole.Length..];
                if (tail.Length == 0 || _cues.Is(BindingCue.ShareWholeEnds, tail)) return at;
            }
        }
        return null;
    }
}
