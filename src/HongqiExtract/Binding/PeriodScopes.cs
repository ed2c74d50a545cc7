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

    /// <summary>A body paragraph's opening period; title and date lines (2026年河南省政府工作报告) name the report's year, not a period of its text.</summary>
    private PeriodMention? OpeningPeriod(int paragraphIndex)
    {
        var paragraph = _document.Paragraphs[paragraphIndex];
        if (paragraph.Kind != ParagraphKind.Body || _document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).IndexOfAny("，,。；;") < 0) return null;
        return _index.InOpening(paragraphIndex).FirstOrDefault(f => f.Span.Start - paragraph.Span.Start <= OpeningSlack && !BaseYear.IsBase(_document.Text, f.Span));
    }

    /// <summary>Walks from a section to the top level and returns the first period <paramref name="pick"/> takes from a heading.</summary>
    private PeriodMention? Innermost(int sectionIndex, Func<IReadOnlyList<PeriodMention>, PeriodMention?> pick)
    {
        for (int s = sectionIndex; s >= 0; s = _document.Sections[s].ParentIndex)
            if (pick(_index.InHeading(s)) is { } period) return period;
        return null;
    }
}
