using HongqiExtract.Documents;

namespace HongqiExtract.Recognition.Periods;

/// <summary>
/// The periods of one document, recognized once per region and kept: per sentence, per section
/// heading and per paragraph opening (its first characters, where 五年来 or ——2016年至2020年 sets the
/// period of what follows). Binding reads this index; it never runs the recognizer itself. Regions are
/// recognized when first asked for, so a sentence without quantities costs nothing. One index serves
/// one extraction on one thread.
/// </summary>
internal sealed class PeriodIndex
{
    /// <summary>How much of a paragraph's start can open it with a period.</summary>
    private const int OpeningLength = 14;

    private readonly ReportDocument _document;
    private readonly List<PeriodMention>?[] _sentences;
    private readonly List<PeriodMention>?[] _headings;
    private readonly List<PeriodMention>?[] _openings;
    private readonly List<MonthMention>?[] _sentenceMonths;
    private readonly List<MonthMention>?[] _headingMonths;

    public PeriodIndex(ReportDocument document)
    {
        _document = document;
        ReportYear = document.Metadata.ReportYear;
        _sentences = new List<PeriodMention>?[document.Sentences.Count];
        _headings = new List<PeriodMention>?[document.Sections.Count];
        _openings = new List<PeriodMention>?[document.Paragraphs.Count];
        _sentenceMonths = new List<MonthMention>?[document.Sentences.Count];
        _headingMonths = new List<MonthMention>?[document.Sections.Count];
    }

    /// <summary>The year relative periods (去年, 今后五年) are resolved against.</summary>
    public int? ReportYear { get; }

    /// <summary>The periods written in a sentence, in text order.</summary>
    public IReadOnlyList<PeriodMention> InSentence(int sentenceIndex) =>
        _sentences[sentenceIndex] ??= Recognize(_document.Sentences[sentenceIndex].Span);

    /// <summary>The periods written in a section's heading, in text order.</summary>
    public IReadOnlyList<PeriodMention> InHeading(int sectionIndex) =>
        _headings[sectionIndex] ??= Recognize(_document.Sections[sectionIndex].HeadingSpan);

    /// <summary>The periods written in the first characters of a paragraph, in text order.</summary>
    public IReadOnlyList<PeriodMention> InOpening(int paragraphIndex)
    {
        var span = _document.Paragraphs[paragraphIndex].Span;
        return _openings[paragraphIndex] ??= Recognize(new TextSpan(span.Start, span.Start + Math.Min(span.Length, OpeningLength)));
    }

    /// <summary>The sub-year periods (前三季度, 1—11月) written in a sentence, in text order.</summary>
    public IReadOnlyList<MonthMention> MonthsInSentence(int sentenceIndex) =>
        _sentenceMonths[sentenceIndex] ??= MonthSpans.Find(_document.Text, _document.Sentences[sentenceIndex].Span);

    /// <summary>The sub-year periods written in a section's heading, in text order.</summary>
    public IReadOnlyList<MonthMention> MonthsInHeading(int sectionIndex) =>
        _headingMonths[sectionIndex] ??= MonthSpans.Find(_document.Text, _document.Sections[sectionIndex].HeadingSpan);

    private List<PeriodMention> Recognize(TextSpan span)
    {
        var found = new List<PeriodMention>();
        PeriodRecognizer.Recognize(_document.Text, span, ReportYear, found);
        return found;
    }
}
