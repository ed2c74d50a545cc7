using HongqiExtract.Lexicons;
using HongqiExtract.Documents;
using HongqiExtract.Recognition.Numbers;

namespace HongqiExtract.Classification;

/// <summary>
/// The hand-written target rules: cue words before the value (力争, 预期目标, 将), a paragraph or
/// section that sets targets, the period against the report year, and the document's kind (a
/// communiqué or an article states what was achieved). Words come from
/// Resources/Classification/target-cues.txt. Stateless and thread-safe.
/// </summary>
public sealed class RuleTargetClassifier : ITargetClassifier
{
    /// <summary>How much of a paragraph's start is read for 主要预期目标是： and the like.</summary>
    private const int OpeningLength = 80;

    /// <summary>How much of a paragraph without a colon or full stop near its start is its opening.</summary>
    private const int ShortOpeningLength = 24;

    private readonly CueLexicon<TargetCue> _cues = CueLexicon<TargetCue>.Shared;

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，,；;：:。");

    /// <summary>The shared instance.</summary>
    public static RuleTargetClassifier Instance { get; } = new();

    /// <inheritdoc />
    public bool IsTarget(TargetEvidence evidence) => Decide(evidence).IsTarget;

    /// <summary>The rules' answer and what it rests on; <see cref="TargetBasis.Default"/> where no rule had anything to go on.</summary>
    internal TargetDecision Decide(TargetEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var document = evidence.Document;
        var sentence = evidence.Sentence;
        var prefix = document.Text.AsSpan(sentence.Span.Start, evidence.Quantity.Span.Start - sentence.Span.Start);
        if (_cues.Occurs(TargetCue.NotTarget, prefix)) return new(false, TargetBasis.Cue);
        if (SaysTarget(prefix)) return new(true, TargetBasis.Cue);
        bool paragraphTarget = ParagraphIsTarget(document, sentence.ParagraphIndex);
        var period = evidence.Period;
        int? year = evidence.ReportYear;
        // A communiqué or an article states what happened: a target only where its paragraph says so or its period lies ahead.
        if (document.Metadata.Kind.ReportsAchievedFigures())
        {
            if (paragraphTarget) return new(true, TargetBasis.Paragraph);
            if (period is not null) return new(year is { } y && period.StartYear > y, TargetBasis.Period);
            return new(false, TargetBasis.DocumentKind);
        }
        // A work report or plan: a period behind the report year overrides even a target paragraph.
        if (period is not null && year is { } ry && period.EndYear < ry) return new(false, TargetBasis.Period);
        if (paragraphTarget) return new(true, TargetBasis.Paragraph);
        if (period is not null) return new(period.IsFuture || (year is { } y2 && period.StartYear >= y2), TargetBasis.Period);
        return SectionDecision(document, evidence.Paragraph.SectionIndex);
    }

    /// <summary>Target sections and the sections after the review plan the report's year (一、过去一年工作回顾 then 二、三…); a review section states what was done.</summary>
    private TargetDecision SectionDecision(ReportDocument document, int section)
    {
        if (section < 0) return new(false, TargetBasis.Default);
        string heading = document.Sections[section].Heading;
        if (SectionIsTarget(heading) || FollowsReview(document, section)) return new(true, TargetBasis.Section);
        return UnderReview(document, section) ? new(false, TargetBasis.Section) : new(false, TargetBasis.Default);
    }

    /// <summary>Target cues (力争, 预期目标是) or a future marker (将, 拟) in the sentence before the value.</summary>
    private bool SaysTarget(ReadOnlySpan<char> prefix)
    {
        // Single characters (将, 拟) mark a target only under the checks of [future-markers]. One search
        // says whether a group's word occurs at all (most prefixes hold none) before each is tried.
        if (_cues.Occurs(TargetCue.Target, prefix))
            foreach (var cue in _cues[TargetCue.Target])
                if (cue.Length > 1 && prefix.Contains(cue, StringComparison.Ordinal)) return true;
        if (!_cues.Occurs(TargetCue.FutureMarkers, prefix)) return false;
        foreach (var marker in _cues[TargetCue.FutureMarkers])
            for (int k = prefix.IndexOf(marker, StringComparison.Ordinal); k >= 0; k = NextIndex(prefix, marker, k + 1))
                if (IsFutureMarkerAt(prefix, k, marker)) return true;
        return false;
    }

    /// <summary>将 — but not 将近 or 将其, nor 将 taking an object (a number, or words before 提高到); 拟 — but not 模拟 or 草拟.</summary>
    private bool IsFutureMarkerAt(ReadOnlySpan<char> prefix, int at, string marker)
    {
        foreach (var word in _cues[TargetCue.FutureMarkerWords])
        {
            int offset = word.IndexOf(marker, StringComparison.Ordinal);
            if (offset >= 0 && at - offset >= 0 && prefix[(at - offset)..].StartsWith(word, StringComparison.Ordinal)) return false;
        }
        if (!_cues.Is(TargetCue.ObjectMarkers, marker)) return true;
        int next = at + marker.Length;
        // 将2.8万亿元资金直达基层, 将…比例提高到100%: 将 as 把 takes an object; it does not look ahead.
        if (next >= prefix.Length || NumeralChars.IsNumeral(prefix[next])) return false;
        // Only within 将's own clause: 今年将继续实施…，城镇化率提高到67% still looks ahead.
        var clause = prefix[next..];
        int end = clause.IndexOfAny(ClauseEnds);
        return !_cues.Occurs(TargetCue.DisposalVerbs, end < 0 ? clause : clause[..end]);
    }

    /// <summary>A paragraph that opens with 主要预期目标 or 今后五年 sets targets for all of it.</summary>
    private bool ParagraphIsTarget(ReportDocument document, int paragraphIndex)
    {
        var span = document.Paragraphs[paragraphIndex].Span;
        // The opening clause: up to the first colon or full stop (…主要预期目标是：).
        var head = document.Text.AsSpan(span.Start, Math.Min(span.Length, OpeningLength));
        int stop = head.IndexOfAny('：', '。');
        var opening = stop >= 0 ? head[..(stop + 1)] : head[..Math.Min(head.Length, ShortOpeningLength)];
        return _cues.Occurs(TargetCue.ParagraphTarget, opening) || _cues.StartsWithAny(TargetCue.ParagraphTargetStart, opening);
    }

    private bool SectionIsTarget(string heading) =>
        !_cues.Occurs(TargetCue.ReviewHeadings, heading) && _cues.Occurs(TargetCue.TargetSection, heading);

    /// <summary>Whether a section's top-level section comes after a top-level review section (一、过去一年工作回顾).</summary>
    private bool FollowsReview(ReportDocument document, int sectionIndex)
    {
        int top = sectionIndex;
        while (document.Sections[top].ParentIndex >= 0) top = document.Sections[top].ParentIndex;
        if (_cues.Occurs(TargetCue.ReviewHeadings, document.Sections[top].Heading)) return false;
        for (int s = 0; s < top; s++)
            if (document.Sections[s].ParentIndex < 0 && _cues.Occurs(TargetCue.ReviewHeadings, document.Sections[s].Heading)) return true;
        return false;
    }

    /// <summary>Whether the section or one of its parents is a review (过去一年工作回顾, 十三五时期成就).</summary>
    private bool UnderReview(ReportDocument document, int sectionIndex)
    {
        for (int s = sectionIndex; s >= 0; s = document.Sections[s].ParentIndex)
            if (_cues.Occurs(TargetCue.ReviewHeadings, document.Sections[s].Heading)) return true;
        return false;
    }

    private static int NextIndex(ReadOnlySpan<char> span, string word, int from)
    {
        if (from >= span.Length) return -1;
        int k = span[from..].IndexOf(word, StringComparison.Ordinal);
        return k < 0 ? -1 : from + k;
    }
}
