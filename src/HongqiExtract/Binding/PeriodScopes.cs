using HongqiExtract.Documents;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Binding;

/// <summary>
/// The periods a document sets up around its numbers beyond their own sentence: per paragraph (a
/// paragraph that opens with a period, like ——2016年至2020年, sets it for what follows in its section)
/// and per section heading (一、2024年工作回顾). Read from the document's <see cref="PeriodIndex"/>.
/// </summary>
internal sealed class PeriodScopes
{
    /// <summary>How far into a paragraph an opening period may start.</summary>
    private const int OpeningSlack = 3;

    private readonly ReportDocument _document;
    private readonly PeriodIndex _index;
    private readonly PeriodMention?[] _paragraphPeriods;
    private readonly PeriodMention?[] _paragraphSpans;

    public PeriodScopes(ReportDocument document, PeriodIndex index)
    {
        _document = document;
        _index = index;
        _paragraphPeriods = new PeriodMention?[document.Paragraphs.Count];
        _paragraphSpans = new PeriodMention?[document.Paragraphs.Count];
        PeriodMention? running = null, runningSpan = null;
        int runningSection = int.MinValue;
        for (int p = 0; p < document.Paragraphs.Count; p++)
        {
            var paragraph = document.Paragraphs[p];
            if (paragraph.SectionIndex != runningSection) { running = runningSpan = null; runningSection = paragraph.SectionIndex; }
            if (OpeningPeriod(p) is { } opening)
            {
                running = opening;
                if (opening.EndYear > opening.StartYear) runningSpan = opening;
            }
            _paragraphPeriods[p] = running;
            _paragraphSpans[p] = runningSpan;
        }
    }

    /// <summary>The periods written in a sentence.</summary>
    public IReadOnlyList<PeriodMention> InSentence(int sentenceIndex) => _index.InSentence(sentenceIndex);

    /// <summary>
    /// The period that governs a sentence from before it: the latest period that opens a clause of an
    /// earlier sentence of its paragraph (2015年是…收官之年。过去五年，… → 过去五年 from there on;
    /// 2021年城镇人口…，2025年全市… → 2025), else the paragraph's. Under a span (过去五年), a single
    /// year an earlier sentence opens with (2012年底，…) speaks for that sentence only.
    /// </summary>
    public PeriodMention? Sentence(int sentenceIndex)
    {
        var paragraphScope = _paragraphPeriods[_document.Sentences[sentenceIndex].ParagraphIndex];
        bool underSpan = paragraphScope is { } scope && scope.EndYear > scope.StartYear;
        return EarlierClauseOpening(sentenceIndex, spansOnly: underSpan) ?? paragraphScope;
    }

    /// <summary>The span of years an earlier clause of the paragraph opened (a single year after it does not end it, as for paragraphs), else the paragraph's.</summary>
    public PeriodMention? SentenceSpan(int sentenceIndex) =>
        EarlierClauseOpening(sentenceIndex, spansOnly: true) ?? _paragraphSpans[_document.Sentences[sentenceIndex].ParagraphIndex];

    /// <summary>The sub-year periods written in a sentence.</summary>
    public IReadOnlyList<MonthMention> MonthsInSentence(int sentenceIndex) => _index.MonthsInSentence(sentenceIndex);

    /// <summary>
    /// The months that govern a sentence from before it: those of the latest sub-year span that is a
    /// clause of its own in an earlier sentence of its paragraph (前三季度，… ; 2025年1—11月，…; 全年，… sets
    /// none), else those of the innermost heading that names months (前三季度全市经济运行情况).
    /// </summary>
    public MonthRange? Months(int sentenceIndex)
    {
        var sentences = _document.Sentences;
        int paragraph = sentences[sentenceIndex].ParagraphIndex;
        for (int t = sentenceIndex - 1; t >= 0 && sentences[t].ParagraphIndex == paragraph; t--)
        {
            var months = _index.MonthsInSentence(t);
            for (int i = months.Count - 1; i >= 0; i--)
                if (StandsAlone(t, months[i]) && !BaseYear.IsBase(_document.Text, months[i].Span))
                    return months[i].Months.IsPartOfYear ? months[i].Months : null;
        }
        for (int s = _document.Paragraphs[paragraph].SectionIndex; s >= 0; s = _document.Sections[s].ParentIndex)
            if (_index.MonthsInHeading(s) is [var first, ..]) return first.Months.IsPartOfYear ? first.Months : null;
        return null;
    }

    /// <summary>
    /// Whether a sub-year span is a clause of its own, with at most the year it narrows before it and
    /// 当月 or 累计 after it (前三季度，; 2025年1—11月，; 12月当月，): a scope, not part of what a clause says
    /// (去年一季度经济开局良好).
    /// </summary>
    public bool StandsAlone(int sentenceIndex, MonthMention months)
    {
        var text = _document.Text;
        int start = months.Span.Start;
        foreach (var year in _index.InSentence(sentenceIndex))
            if (year.Span.End == start) start = year.Span.Start;
        if (!OpensClause(_document.Sentences[sentenceIndex].Span.Start, new TextSpan(start, months.Span.End))) return false;
        int end = months.Span.End;
        foreach (var tail in MonthTails)
            if (text.AsSpan(end).StartsWith(tail, StringComparison.Ordinal)) { end += tail.Length; break; }
        return end < text.Length && text[end] is '，' or ',' or '：' or ':';
    }

    /// <summary>Words a sub-year clause may end with.</summary>
    private static readonly string[] MonthTails = ["当月", "单月", "累计", "份"];

    /// <summary>The latest period (a span of years only, when <paramref name="spansOnly"/>) that opens a clause of a sentence before this one in its paragraph.</summary>
    private PeriodMention? EarlierClauseOpening(int sentenceIndex, bool spansOnly)
    {
        var sentences = _document.Sentences;
        int paragraph = sentences[sentenceIndex].ParagraphIndex;
        for (int t = sentenceIndex - 1; t >= 0 && sentences[t].ParagraphIndex == paragraph; t--)
        {
            var periods = _index.InSentence(t);
            for (int i = periods.Count - 1; i >= 0; i--)
                if (OpensClause(sentences[t].Span.Start, periods[i].Span) && !BaseYear.IsBase(_document.Text, periods[i].Span) && (!spansOnly || periods[i].EndYear > periods[i].StartYear)) return periods[i];
        }
        return null;
    }

    /// <summary>Within this many characters after a period, a 的 makes it part of a noun phrase (2013年以来新增的涉税市场主体), not a scope.</summary>
    private const int ModifierReach = 6;

    /// <summary>
    /// Whether a period opens a clause: at the start of its sentence or right after a clause break
    /// (，；：), an opening quote allowed, and not the start of a noun phrase it modifies (…以来新增的…).
    /// </summary>
    private bool OpensClause(int sentenceStart, TextSpan period)
    {
        var text = _document.Text;
        int k = period.Start - 1;
        if (k >= sentenceStart && text[k] is '“' or '"') k--;
        if (k >= sentenceStart && text[k] is not ('，' or '；' or '：' or ',' or ';') && !IsModifiedClause(sentenceStart, k, period)) return false;
        var after = text.AsSpan(period.End, Math.Min(ModifierReach, text.Length - period.End));
        int of = after.IndexOf('的');
        return of < 0 || after[..of].IndexOfAny("，；：,;") >= 0;
    }

    /// <summary>How long a modifier before a period may be (刚刚过去的 2017年).</summary>
    private const int ModifierLength = 6;

    /// <summary>
    /// 刚刚过去的2017年，…: a period after a short modifier ending in 的 at its clause's start, with a clause
    /// break right after it, is a clause of its own all the same.
    /// </summary>
    private bool IsModifiedClause(int sentenceStart, int before, TextSpan period)
    {
        var text = _document.Text;
        if (text[before] != '的' || period.End >= text.Length || text[period.End] is not ('，' or ',')) return false;
        int start = before;
        while (start > sentenceStart && text[start - 1] is not ('，' or '；' or '：' or ',' or ';' or '\n')) start--;
        return before - start + 1 <= ModifierLength;
    }

    /// <summary>The period named in the innermost heading that names one (a year beats a plan).</summary>
    public PeriodMention? Section(int sectionIndex) =>
        Innermost(sectionIndex, found => found.LastOrDefault(f => f.Kind == PeriodKind.Year) ?? found.FirstOrDefault());

    /// <summary>A plan period or year range named in the innermost heading that names one (“十四五”时期和2025年工作回顾 → 2021–2025).</summary>
    public PeriodMention? SectionSpan(int sectionIndex) =>
        Innermost(sectionIndex, found => found.FirstOrDefault(f => f.Kind is PeriodKind.Plan or PeriodKind.YearRange));

    /// <summary>A body paragraph's opening period; title and date lines (2026年河南省政府工作报告) name the report's year, not a period of its text.</summary>
    private PeriodMention? OpeningPeriod(int paragraphIndex)
    {
        var paragraph = _document.Paragraphs[paragraphIndex];
        if (paragraph.Kind != ParagraphKind.Body || _document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).IndexOfAny("，,。；;") < 0) return null;
        return _index.InOpening(paragraphIndex).FirstOrDefault(f => (f.Span.Start - paragraph.Span.Start <= OpeningSlack
            || (f.Span.Start > paragraph.Span.Start && IsModifiedClause(paragraph.Span.Start, f.Span.Start - 1, f.Span))) && !BaseYear.IsBase(_document.Text, f.Span));
    }

    /// <summary>Walks from a section to the top level and returns the first period <paramref name="pick"/> takes from a heading.</summary>
    private PeriodMention? Innermost(int sectionIndex, Func<IReadOnlyList<PeriodMention>, PeriodMention?> pick)
    {
        for (int s = sectionIndex; s >= 0; s = _document.Sections[s].ParentIndex)
            if (pick(_index.InHeading(s)) is { } period) return period;
        return null;
    }
}
