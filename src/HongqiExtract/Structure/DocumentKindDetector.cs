using HongqiExtract.Lexicons;
using HongqiExtract.Documents;
using System.Text.RegularExpressions;

namespace HongqiExtract.Structure;

/// <summary>
/// Tells a document's kind from its title, its first lines (masthead, page marker, byline, date
/// line) and, without a title, its voice. Words come from Resources/Structure/document-kinds.txt.
/// </summary>
internal static partial class DocumentKindDetector
{
    private const int HeadLines = 8;
    private const int VoiceParagraphs = 30;

    // 第A01版, 第1版：要闻: a newspaper page marker.
    [GeneratedRegex(@"^第\s*[A-Z]?[0-9]{1,3}\s*版")]
    private static partial Regex PageMarker();

    // 2026年08月11日 星期二: a newspaper's date line.
    [GeneratedRegex(@"^(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s*星期[一二三四五六日天]")]
    private static partial Regex NewspaperDate();

    public static DocumentKind Detect(string? title, IReadOnlyList<string> firstLines)
    {
        var cues = CueLexicon<DocumentKindCue>.Shared;
        var head = firstLines.Take(HeadLines).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // A title line is short; a body sentence that merely mentions 政府工作报告 decides nothing.
        var titles = head.Where(l => l.Length <= 60 && l.IndexOfAny(['。', '；']) < 0).Prepend(title ?? "").ToList();
        bool TitleSays(DocumentKindCue group) => titles.Any(t => cues.FindIn(group, t) is not null);

        if (TitleSays(DocumentKindCue.CommuniqueTitle)) return DocumentKind.Communique;
        if (TitleSays(DocumentKindCue.BudgetTitle)) return DocumentKind.BudgetReport;
        if (TitleSays(DocumentKindCue.WorkReportTitle)) return DocumentKind.WorkReport;
        if (TitleSays(DocumentKindCue.PlanTitle)) return DocumentKind.Plan;
        if (TitleSays(DocumentKindCue.ReleaseTitle)) return DocumentKind.StatisticalRelease;
        if (head.Any(l => PageMarker().IsMatch(l) || NewspaperDate().IsMatch(l) || (l.Length <= 40 && cues.FindIn(DocumentKindCue.NewsHead, l) is not null)))
            return DocumentKind.News;
        int voice = firstLines.Take(VoiceParagraphs).Sum(l => cues[DocumentKindCue.WorkReportVoice].Count(w => l.Contains(w, StringComparison.Ordinal)));
        return voice >= 2 ? DocumentKind.WorkReport : DocumentKind.Other;
    }
}
