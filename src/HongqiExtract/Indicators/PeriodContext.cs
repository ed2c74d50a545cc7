using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Indicators;

/// <summary>
/// The periods a document sets up around its numbers: per sentence, per paragraph (a paragraph that
/// opens with a period, like ——2016年至2020年, sets it for what follows in its section) and per
/// section heading (一、2024年工作回顾).
/// </summary>
internal sealed class PeriodContext
{
    private readonly ReportDocument _document;
    private readonly PeriodMention?[] _paragraphPeriods;
    private readonly PeriodMention?[] _paragraphSpans;
    private readonly Dictionary<int, List<PeriodMention>> _headingPeriods = new();

    public PeriodContext(ReportDocument document, int? reportYear)
    {
        _document = document;
        ReportYear = reportYear;
        _paragraphPeriods = new PeriodMention?[document.Paragraphs.Count];
        _paragraphSpans = new PeriodMention?[document.Paragraphs.Count];
        PeriodMention? running = null, runningSpan = null;
        int runningSection = int.MinValue;
        var found = new List<PeriodMention>();
        for (int p = 0; p < document.Paragraphs.Count; p++)
        {
            var paragraph = document.Paragraphs[p];
            if (paragraph.SectionIndex != runningSection) { running = runningSpan = null; runningSection = paragraph.SectionIndex; }
            // Title and date lines (2026年河南省政府工作报告) name the report's year, not a period of its text.
            if (paragraph.Kind == ParagraphKind.Body && document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).IndexOfAny("，,。；;") >= 0)
            {
                found.Clear();
                int openingLength = Math.Min(paragraph.Span.Length, 14);
                PeriodRecognizer.Recognize(document.Text, new TextSpan(paragraph.Span.Start, paragraph.Span.Start + openingLength), reportYear, found);
                var opening = found.FirstOrDefault(f => f.Span.Start - paragraph.Span.Start <= 3 && !IsBase(document.Text, f.Span));
                if (opening is not null) running = opening;
                if (opening is not null && opening.EndYear > opening.StartYear) runningSpan = opening;
            }
            _paragraphPeriods[p] = running;
            _paragraphSpans[p] = runningSpan;
        }
    }

    public int? ReportYear { get; }

    /// <summary>The span of years (五年来, 2016年至2020年) a paragraph's opening set for its section, even where a single year followed.</summary>
    public PeriodMention? ParagraphSpan(int paragraphIndex) => _paragraphSpans[paragraphIndex];

    /// <summary>The period the paragraph's opening set, or one set earlier in its section.</summary>
    public PeriodMention? Paragraph(int paragraphIndex) => _paragraphPeriods[paragraphIndex];

    /// <summary>The period named in the innermost heading that names one (a year beats a plan).</summary>
    public PeriodMention? Section(int sectionIndex) =>
        Innermost(sectionIndex, found => found.LastOrDefault(f => f.Kind == PeriodKind.Year) ?? found.FirstOrDefault());

    /// <summary>A plan period or year range named in the innermost heading that names one (“十四五”时期和2025年工作回顾 → 2021–2025).</summary>
    public PeriodMention? SectionSpan(int sectionIndex) =>
        Innermost(sectionIndex, found => found.FirstOrDefault(f => f.Kind is PeriodKind.Plan or PeriodKind.YearRange));

    /// <summary>Walks from a section to the top level and returns the first period <paramref name="pick"/> takes from a heading.</summary>
    private PeriodMention? Innermost(int sectionIndex, Func<List<PeriodMention>, PeriodMention?> pick)
    {
        for (int s = sectionIndex; s >= 0; s = _document.Sections[s].ParentIndex)
        {
            if (!_headingPeriods.TryGetValue(s, out var found))
            {
                found = [];
                PeriodRecognizer.Recognize(_document.Text, _document.Sections[s].HeadingSpan, ReportYear, found);
                _headingPeriods[s] = found;
            }
            if (pick(found) is { } period) return period;
        }
        return null;
    }

    /// <summary>
    /// Whether a section belongs to the part of the report after its review (一、过去一年工作回顾, then
    /// 二、三…): those sections set out the report year's work, so their unmarked figures are its plans.
    /// </summary>
    public bool FollowsReview(int sectionIndex)
    {
        int top = sectionIndex;
        while (_document.Sections[top].ParentIndex >= 0) top = _document.Sections[top].ParentIndex;
        if (IsReview(_document.Sections[top].Heading)) return false;
        for (int s = 0; s < top; s++)
            if (_document.Sections[s].ParentIndex < 0 && IsReview(_document.Sections[s].Heading)) return true;
        return false;
    }

    private static bool IsReview(string heading) =>
        heading.Contains("回顾", StringComparison.Ordinal) || heading.Contains("成就", StringComparison.Ordinal);

    /// <summary>
    /// 比2010年, 较“十三五”末, 比上年, 为2020年的1.35倍, （上年不变价格）: a comparison base or a price basis,
    /// not the value's period.
    /// </summary>
    public static bool IsBase(string text, TextSpan period)
    {
        // 为2020年的1.35倍, 是“十三五”末的8.26倍: the period a multiple is taken of.
        int after = period.End;
        while (after < text.Length && text[after] is '”' or '"' or '末' or '底') after++;
        if (after < text.Length && text[after] == '的' && IsMultipleAt(text, after + 1)) return true;
        // （上年不变价格）: a bracket opening at most two characters before the period, with a qualifying word.
        for (int open = period.Start - 1; open >= 0 && open >= period.Start - 2; open--)
            if (text[open] is '（' or '(' && CueLexicon.Shared.StartsWithAny("qualifying-parentheticals", text.AsSpan(open + 1)))
                return true;
        int k = period.Start - 1;
        if (k >= 0 && text[k] is '“' or '"') k--;
        if (k < 0) return false;
        return text[k] is '比' or '较' || (k >= 1 && text.AsSpan(k - 1, 2) is "相比" or "同比");
    }

    /// <summary>A number followed by 倍 (1.35倍, 八倍): what 为2020年的… is taken of.</summary>
    private static bool IsMultipleAt(string text, int at)
    {
        int k = at;
        while (k < text.Length && k - at < 12 && (text[k] == '.' || Recognition.Numbers.NumeralChars.IsNumeral(text[k]))) k++;
        return k > at && k < text.Length && text[k] == '倍';
    }

    /// <summary>The report's year: from the document, else one after the latest past range it reviews (2016年至2020年 → 2021).</summary>
    public static int? InferReportYear(ReportDocument document)
    {
        if (document.Metadata.ReportYear is { } year) return PeriodRecognizer.IsPlausibleYear(year, null) ? year : null;
        var found = new List<PeriodMention>();
        foreach (var paragraph in document.Paragraphs.Take(12))
            PeriodRecognizer.Recognize(document.Text, paragraph.Span, null, found);
        var range = found.FirstOrDefault(f => f.Kind is PeriodKind.YearRange or PeriodKind.Plan);
        return range is null || !PeriodRecognizer.IsPlausibleYear(range.EndYear + 1, null) ? null : range.EndYear + 1;
    }
}
