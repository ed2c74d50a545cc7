using HongqiExtract.Documents;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Structure;

/// <summary>
/// Decides a document's report year, once, for every later stage: the year it states (title, date
/// line, file name) or the caller's override, else one after the latest past span it opens with
/// (2016年至2020年 → 2021). A year no period rule can use is none.
/// </summary>
internal static class ReportYearResolver
{
    /// <summary>How many opening paragraphs are searched for a reviewed span.</summary>
    private const int OpeningParagraphs = 12;

    public static int? Decide(int? stated, string text, IReadOnlyList<Paragraph> paragraphs)
    {
        if (stated is { } year) return PeriodRecognizer.IsPlausibleYear(year, null) ? year : null;
        var found = new List<PeriodMention>();
        foreach (var paragraph in paragraphs.Take(OpeningParagraphs))
            PeriodRecognizer.Recognize(text, paragraph.Span, null, found);
        var range = found.FirstOrDefault(f => f.Kind is PeriodKind.YearRange or PeriodKind.Plan);
        return range is null || !PeriodRecognizer.IsPlausibleYear(range.EndYear + 1, null) ? null : range.EndYear + 1;
    }
}
