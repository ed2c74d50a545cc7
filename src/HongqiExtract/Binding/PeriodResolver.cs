using HongqiExtract.Lexicons;
using HongqiExtract.Documents;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Binding;

/// <summary>
/// The period a value refers to: the nearest period written before it in its sentence (not a
/// comparison base), else its paragraph's or its section's; a cumulative figure (累计, 新增…) under a
/// span takes the span. Where none is written, the default follows the target decision and the
/// document's kind (<see cref="WithDefault"/>), which is why it runs after classification.
/// </summary>
internal static class PeriodResolver
{
    /// <summary>The period written for the value, or null.</summary>
    public static PeriodMention? Choose(in MentionContext context, PeriodScopes scopes)
    {
        var q = context.Quantity;
        string text = context.Text;
        var paragraph = context.Document.Paragraphs[context.Sentence.ParagraphIndex];
        PeriodMention? nearest = null;
        foreach (var p in context.SentencePeriods)
        {
            if (p.Span.End > q.Span.Start) break;
            if (!BaseYear.IsBase(text, p.Span)) nearest = p;
        }
        var period = nearest
            ?? scopes.Sentence(context.SentenceIndex)
            ?? (paragraph.SectionIndex >= 0 ? scopes.Section(paragraph.SectionIndex) : null);
        // 新建改造高标准农田3167万亩 under “十四五”时期和2025年工作回顾: a cumulative figure covers the plan period.
        // Without a heading, the span a paragraph opened (五年来，…) is the scope a cumulative figure covers.
        bool namesPeriodBefore = false;
        for (int i = 0; i < context.SentencePeriods.Count && !namesPeriodBefore; i++) namesPeriodBefore = context.SentencePeriods[i].Span.End <= q.Span.Start;
        if (period is { Kind: PeriodKind.Year } && !namesPeriodBefore && CueLexicon<BindingCue>.Shared.Occurs(BindingCue.Cumulative, context.CueText)
            && ((paragraph.SectionIndex >= 0 ? scopes.SectionSpan(paragraph.SectionIndex) : null) ?? scopes.SentenceSpan(context.SentenceIndex)) is { } span
            && span.EndYear == period.EndYear)
            period = span;
        return period;
    }

    /// <summary>
    /// The months within the year a value covers (一季度, 1—11月): the last sub-year span before it in its
    /// sentence and after the last year it names, if it stands in the value's own clause (与前三季度的1.3%持平)
    /// or is a clause of its own (前三季度，…); not a base (比一季度回落). 全年 ends them, and so does a year
    /// written without months. With none in its sentence, what an earlier sentence or a heading set.
    /// Whether the value's period is a single year is checked after defaults.
    /// </summary>
    public static MonthRange? Months(in MentionContext context, PeriodScopes scopes)
    {
        var q = context.Quantity;
        string text = context.Text;
        int yearStart = -1;
        foreach (var p in context.SentencePeriods)
        {
            if (p.Span.End > q.Span.Start) break;
            if (!BaseYear.IsBase(text, p.Span)) yearStart = p.Span.Start;
        }
        MonthMention? governing = null;
        foreach (var m in scopes.MonthsInSentence(context.SentenceIndex))
        {
            if (m.Span.End > q.Span.Start) break;
            if (m.Span.Start >= yearStart && !BaseYear.IsBase(text, m.Span) && (m.Span.Start >= context.ClauseStart || scopes.StandsAlone(context.SentenceIndex, m)))
                governing = m;
        }
        if (governing is { } g) return g.Months.IsPartOfYear ? g.Months : null;
        return yearStart >= 0 ? null : scopes.Months(context.SentenceIndex);
    }

    /// <summary>
    /// The years of a value: its written period, else the report year for a target or a communiqué's
    /// figure, else the year before it (a report or an article looks back on the year before its own).
    /// A work report in the first year of a five-year plan (2016, 2021, 2026) reviews the plan just
    /// ended: an achieved figure that adds up (<paramref name="cumulative"/>: 新增, 年均, 累计) with no
    /// period written covers those five years.
    /// </summary>
    public static (int? Start, int? End) WithDefault(PeriodMention? period, bool isTarget, int? reportYear, DocumentKind kind, bool cumulative = false)
    {
        if (period is not null) return (period.StartYear, period.EndYear);
        if (reportYear is not { } year) return (null, null);
        if (cumulative && !isTarget && kind == DocumentKind.WorkReport && IsFirstPlanYear(year)) return (year - 5, year - 1);
        int value = isTarget || kind is DocumentKind.Communique or DocumentKind.StatisticalRelease ? year : year - 1;
        return (value, value);
    }

    /// <summary>Whether a year opens a five-year plan (六五 1981–1985, …, 十五五 2026–2030).</summary>
    public static bool IsFirstPlanYear(int year) => year >= 1981 && (year - 1981) % 5 == 0;

    /// <summary>Years inside the plausible range, else none: defaults derived from the report year can step outside it.</summary>
    public static (int? Start, int? End) Plausible((int? Start, int? End) years) =>
        years.Start is not { } start || (PeriodRecognizer.IsPlausibleYear(start, null) && PeriodRecognizer.IsPlausibleYear(years.End ?? start, null))
            ? years
            : (null, null);

    /// <summary>A base year inside the plausible range, else null.</summary>
    public static int? Plausible(int? baseYear) => baseYear is { } y && !PeriodRecognizer.IsPlausibleYear(y, null) ? null : baseYear;
}
