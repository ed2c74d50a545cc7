using HongqiExtract.Indicators;
using HongqiExtract.Recognition.Units;
using HongqiExtract.Segmentation;

namespace HongqiExtract;

public sealed partial class IndicatorExtractor
{
    [System.Text.RegularExpressions.GeneratedRegex("占(全国|全省|全市|全区|全州|全县|世界|全球)(总量|总数|的)?$")]
    private static partial System.Text.RegularExpressions.Regex ShareOfWhole();

    private const string HardDelimiters = "，,；;：:。！？!?\n…—";

    private sealed class SentenceState
    {
        public string? LastName;
        public IndicatorKind LastKind;
        public List<string>? Enumeration;
        public int EnumerationIndex;
        public bool IncreaseScope;
        public bool AfterEnumerationComma;
    }

    private void BindSentence(ReportDocument document, Sentence sentence, List<Quantity> quantities, List<PeriodMention> sentencePeriods,
        PeriodContext periods, NameBinder binder, IWordSegmenter segmenter, List<IndicatorRecord> records)
    {
        string text = document.Text;
        int n = quantities.Count;
        var fromOf = new Quantity?[n];
        var consumed = new bool[n];
        for (int i = 0; i + 1 < n; i++)
        {
            var q = quantities[i];
            var r = quantities[i + 1];
            if (r.MentionSpan.Start < q.MentionSpan.End) continue;
            var between = text.AsSpan(q.MentionSpan.End, r.MentionSpan.Start - q.MentionSpan.End);
            var before = text.AsSpan(Math.Max(sentence.Span.Start, q.MentionSpan.Start - 6), q.MentionSpan.Start - Math.Max(sentence.Span.Start, q.MentionSpan.Start - 6));
            if (between.Length <= 6 && OpensFrom(before) && _cues.FindIn("change", between) is not null)
            {
                consumed[i] = true;
                fromOf[i + 1] = q;
            }
        }

        // 1409万、1305万人次: a unit written once after the last value applies to the ones before it.
        for (int i = n - 2; i >= 0; i--)
        {
            var q = quantities[i];
            var r = quantities[i + 1];
            if (q.Category != UnitCategory.None || q.Scale == 1 || r.Category == UnitCategory.None || r.Scale != q.Scale || r.MentionSpan.Start < q.MentionSpan.End) continue;
            if (text.AsSpan(q.MentionSpan.End, r.MentionSpan.Start - q.MentionSpan.End).Trim() is not ("、" or "和" or "与" or "及")) continue;
            quantities[i] = q with { Unit = r.Unit, NormalizedUnit = r.NormalizedUnit, Category = r.Category };
        }

        var state = new SentenceState();
        var paragraph = document.Paragraphs[sentence.ParagraphIndex];
        string? section = document.SectionPath(sentence.ParagraphIndex);
        bool paragraphTarget = ParagraphIsTarget(document, sentence.ParagraphIndex);
        bool sectionTarget = paragraph.SectionIndex >= 0 && SectionIsTarget(document.Sections[paragraph.SectionIndex].Heading);
        var docKind = document.Metadata.Kind;
        bool achievedKind = docKind.ReportsAchievedFigures();
        string sentenceText = document.Slice(sentence.Span);
        int previousEnd = sentence.Span.Start;

        for (int i = 0; i < n; i++)
        {
            var q = quantities[i];
            if (consumed[i]) continue; // a from-value: bound with the change that follows it
            if (q.MentionSpan.Start < previousEnd) { previousEnd = Math.Max(previousEnd, q.MentionSpan.End); continue; }
            var from = fromOf[i];
            int nameEnd = from?.MentionSpan.Start ?? q.MentionSpan.Start;
            int clauseStart = LastHardDelimiter(text, sentence.Span.Start, nameEnd);
            int segmentStart = Math.Min(Math.Max(clauseStart, previousEnd), nameEnd);
            // 跃上1.4万亿斤新台阶、亩产提升…: words glued to the previous mention up to 、 belong to it.
            if (previousEnd > clauseStart && segmentStart == previousEnd && !text.AsSpan(segmentStart, nameEnd - segmentStart).Contains("分别", StringComparison.Ordinal))
            {
                int pause = text.AsSpan(segmentStart, nameEnd - segmentStart).IndexOf('、');
                if (pause > 0) segmentStart += pause;
            }
            while (segmentStart < nameEnd && text[segmentStart] is '、' or ' ' or '，' or ',') segmentStart++;
            // A period opening the name's text (2024年国内生产总值, 较“十三五”末的…) is not part of the name.
            foreach (var mention in sentencePeriods)
                if (mention.Span.Start >= segmentStart && mention.Span.Start - segmentStart <= 2 && mention.Span.End <= nameEnd)
                    segmentStart = SkipClosingMarks(text, mention.Span.End, nameEnd);
            string segment = text[segmentStart..nameEnd];
            state.AfterEnumerationComma = i > 0 && previousEnd < nameEnd && text.AsSpan(previousEnd, nameEnd - previousEnd).Trim() is "、" or "和" or "与" or "及";
            string cueText = text[segmentStart..q.MentionSpan.Start];

            var (name, nameOffset) = BindName(text, q, quantities, i, segment, state, binder);
            // 外商直接投资保持良好势头，实际金额达到330多亿美元: a bare attribute takes the subject of the clause before.
            if (name is not null && _cues.Is("attribute-names", name) && clauseStart > sentence.Span.Start
                && binder.NameAfter(text[LastHardDelimiter(text, sentence.Span.Start, clauseStart - 1)..(clauseStart - 1)]) is { } subject)
            {
                name = subject + name;
                nameOffset = -1;
            }
            var kind = ResolveKind(q, cueText, from, state, segmenter, out bool negative);
            var period = ChoosePeriod(text, q, sentencePeriods, periods, sentence, paragraph);
            // 新建改造高标准农田3167万亩 under “十四五”时期和2025年工作回顾: a cumulative figure covers the plan period.
            // Without a heading, the span a paragraph opened (五年来，…) is the scope a cumulative figure covers.
            if (period is { Kind: PeriodKind.Year } && !SentenceNamesPeriodBefore(sentencePeriods, q) && _cues.FindIn("cumulative", cueText) is not null
                && ((paragraph.SectionIndex >= 0 ? periods.SectionSpan(paragraph.SectionIndex) : null) ?? periods.ParagraphSpan(sentence.ParagraphIndex)) is { } span
                && span.EndYear == period.EndYear)
                period = span;
            bool explicitTarget = SentenceIsTarget(text, sentence.Span.Start, q.Span.Start);
            int? reportYear = periods.ReportYear;
            bool isTarget;
            if (achievedKind)
            {
                // A communiqué or an article states what happened: a target only where its own words say so.
                isTarget = explicitTarget || paragraphTarget || (period is { } ahead && reportYear is { } ry0 && ahead.StartYear > ry0);
            }
            else
            {
                isTarget = explicitTarget || paragraphTarget || (period?.IsFuture ?? false)
                    || (period is { } p && reportYear is { } ry && p.StartYear >= ry);
                if (!explicitTarget && period is { } past && reportYear is { } ry2 && past.EndYear < ry2) isTarget = false;
                if (!isTarget && sectionTarget && period is null) isTarget = true;
                // 一、过去一年工作回顾 then 二、三…: the sections after the review plan the report's year.
                bool planSection = period is null && paragraph.SectionIndex >= 0 && periods.FollowsReview(paragraph.SectionIndex);
                if (planSection) isTarget = true;
            }
            if (NotTarget(text, sentence.Span.Start, q.Span.Start)) isTarget = false;

            int? periodStart = period?.StartYear, periodEnd = period?.EndYear;
            if (period is null && reportYear is { } year)
            {
                // A communiqué's year is the year it covers; a report or an article looks back on the year before its own.
                periodStart = periodEnd = isTarget ? year : docKind is DocumentKind.Communique or DocumentKind.StatisticalRelease ? year : year - 1;
            }
            int? baseYear = BaseYear(text, q, cueText, kind, sentencePeriods, periodStart);

            decimal sign = negative && kind is IndicatorKind.Growth or IndicatorKind.Increase ? -1 : 1;
            string normalizedUnit = q.NormalizedUnit;
            if (normalizedUnit.Length == 0 && name is not null) normalizedUnit = UnitLexicon.Shared.ImpliedUnitAtEnd(name) ?? "";
            int textStart = name is not null && nameOffset >= 0 ? segmentStart + nameOffset : q.MentionSpan.Start;
            if (textStart > q.Span.Start) textStart = q.MentionSpan.Start;

            records.Add(new IndicatorRecord
            {
                Doc = document.Id,
                DocKind = docKind,
                Ordinal = records.Count,
                Name = name,
                Value = sign * q.Value,
                ValueHigh = q.ValueHigh is { } high ? sign * high : null,
                Unit = q.Unit,
                Scale = q.Scale,
                NormalizedValue = sign * q.NormalizedValue,
                NormalizedUnit = normalizedUnit,
                Qualifier = q.Qualifier,
                Kind = kind,
                FromValue = from?.Value,
                FromNormalizedValue = from?.NormalizedValue,
                PeriodStart = periodStart,
                PeriodEnd = periodEnd,
                BaseYear = baseYear,
                IsTarget = isTarget,
                Text = text[textStart..q.Span.End],
                Start = q.Span.Start,
                End = q.Span.End,
                Sentence = sentenceText,
                Section = section,
                Confidence = Confidence(name, q, period),
                Category = null,
            });
            state.LastName = name;
            state.LastKind = kind;
            previousEnd = q.MentionSpan.End;
        }
    }

    private static (string? Name, int Offset) BindName(string text, Quantity q, List<Quantity> quantities, int index, string segment, SentenceState state, NameBinder binder)
    {
        int split = segment.IndexOf("分别", StringComparison.Ordinal);
        if (split > 0)
        {
            state.Enumeration = binder.SplitEnumeration(segment[..split]);
            state.EnumerationIndex = 0;
            if (state.Enumeration.Count > 0) return (state.Enumeration[0], -1);
        }
        bool emptySegment = segment.Trim("、，, ".ToCharArray()).Length == 0;
        if (emptySegment && state.Enumeration is { } items && state.EnumerationIndex + 1 < items.Count)
        {
            state.EnumerationIndex++;
            return (items[state.EnumerationIndex], -1);
        }
        state.Enumeration = null;

        // 出台29项促消费政策, 1596个“千项万亿”重大项目: a count stands before what it counts.
        int followingEnd = NextBoundary(text, q.MentionSpan.End, index + 1 < quantities.Count ? quantities[index + 1].MentionSpan.Start : text.Length);
        string? after = followingEnd > q.MentionSpan.End ? binder.NameAfter(text[q.MentionSpan.End..followingEnd]) : null;
        if (after is not null && q.Category == UnitCategory.Count) return (after, -1);

        var bound = binder.NameBefore(segment);
        // 棉花产量连续4年占全国九成: the share is of 棉花产量; 占全国 names the whole, not the part.
        if (bound is { } part && ShareOfWhole().Match(part.Name) is { Success: true } whole && whole.Index > 0)
            bound = binder.NameBefore(part.Name[..whole.Index]) ?? bound;
        // 无人机产量增长39%，占全国9成: a share clause measures the indicator named before it.
        if (bound is { } share && share.Name.StartsWith('占') && state.LastName is { } previous) return (previous, -1);
        // 增发1万亿元国债: a bare verb before the number, and the noun after it.
        if (bound is { } b && !(after is not null && b.Name.Length <= 2)) return (b.Name, b.Offset);
        if (after is not null) return (after, -1);
        // 国内生产总值达到134.9万亿元、增长5%: the rate belongs to the level before it.
        return (state.LastName, -1);
    }

    private IndicatorKind ResolveKind(Quantity q, string cueText, Quantity? from, SentenceState state, IWordSegmenter segmenter, out bool negative)
    {
        negative = false;
        if (q.Category == UnitCategory.Multiple) return IndicatorKind.Multiple;
        if (from is not null || _cues.EndingOf("change", cueText.TrimEnd()) is not null)
        {
            return IndicatorKind.Change;
        }
        var tokens = segmenter.Segment(cueText);
        bool percent = q.Category is UnitCategory.Percent or UnitCategory.Points or UnitCategory.Tenth or UnitCategory.Permille;
        var firstWord = tokens.FirstOrDefault(t => !_cues.Is("name-leading", t.Word) || _cues.Is("increase-any", t.Word)).Word;
        bool leadingIncrease = firstWord is not null && _cues.Is("increase-any", firstWord);
        if (leadingIncrease) state.IncreaseScope = true;
        else if (firstWord is not null && _cues.Is("clause-verbs", firstWord) && !cueText.Contains('、')) state.IncreaseScope = false;
        bool levelVerb = false;
        for (int t = tokens.Count - 1; t >= 0; t--)
        {
            var word = tokens[t].Word;
            if (_cues.Is("level-verbs", word)) levelVerb = true;
            bool up = _cues.Is("growth-up", word), down = _cues.Is("growth-down", word);
            if (up || down)
            {
                negative = down;
                // 提高0.35个百分点: a rate moving by points is a net change of that rate, not a growth rate.
                return percent && q.Category != UnitCategory.Points ? IndicatorKind.Growth : IndicatorKind.Increase;
            }
            if (!_cues.Is("name-trailing", word) && word.Any(HongqiExtract.Normalization.ChineseText.IsIdeograph)) break;
        }
        if (IsRank(q, cueText)) return IndicatorKind.Rank;
        if (percent && _cues.FindIn("share", cueText) is not null) return IndicatorKind.Share;
        if (!percent && _cues.FindIn("increase-any", cueText) is not null) return IndicatorKind.Increase;
        // 分别增长4.3%、5.5%: a bare value after 、 continues the enumeration before it.
        if (cueText.Trim("、，, 和与及".ToCharArray()).Length == 0 && (state.Enumeration is not null || state.AfterEnumerationComma)) return state.LastKind;
        // 新增 carries over to the clauses after it, unless a clause states a level of its own (分别达).
        if (!percent && state.IncreaseScope && !levelVerb) return IndicatorKind.Increase;
        return IndicatorKind.Level;
    }

    private static bool IsRank(Quantity q, string cueText) =>
        q.Unit is "名" or "位" && cueText.Length > 0 && cueText[^1] is '第' or '前';

    /// <summary>Past a period mention's closing quote and 末/底/的 (“十三五”末的).</summary>
    private static int SkipClosingMarks(string text, int at, int limit)
    {
        while (at < limit && text[at] is '”' or '"' or '末' or '底' or '的' or '初' or '来' or '，' or ',' or '、') at++;
        return at;
    }

    /// <summary>从5家…, 由上年的…, 由每人每年120元…: a 从/由 shortly before the number opens a change (not 由于).</summary>
    private static bool OpensFrom(ReadOnlySpan<char> before)
    {
        int at = before.LastIndexOfAny('从', '由');
        return at >= 0 && !(at + 1 < before.Length && before[at + 1] == '于') && before[(at + 1)..].IndexOfAnyInRange('0', '9') < 0;
    }

    private static bool SentenceNamesPeriodBefore(List<PeriodMention> sentencePeriods, Quantity q) =>
        sentencePeriods.Any(p => p.Span.End <= q.Span.Start);

    private static PeriodMention? ChoosePeriod(string text, Quantity q, List<PeriodMention> sentencePeriods, PeriodContext periods, Sentence sentence, Paragraph paragraph)
    {
        PeriodMention? nearest = null;
        foreach (var p in sentencePeriods)
        {
            if (p.Span.End > q.Span.Start) break;
            if (!PeriodContext.IsBase(text, p.Span)) nearest = p;
        }
        return nearest
            ?? periods.Paragraph(sentence.ParagraphIndex)
            ?? (paragraph.SectionIndex >= 0 ? periods.Section(paragraph.SectionIndex) : null);
    }
}
