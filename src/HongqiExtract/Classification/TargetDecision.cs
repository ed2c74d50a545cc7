namespace HongqiExtract.Classification;

/// <summary>What a target decision of the rules rests on, strongest first.</summary>
internal enum TargetBasis
{
    /// <summary>Words before the value: 力争, 预期目标, 将 (or 已, 实现 against).</summary>
    Cue,

    /// <summary>A paragraph that opens with 主要预期目标是：, 今后五年 and the like.</summary>
    Paragraph,

    /// <summary>A period written for the value, against the report year.</summary>
    Period,

    /// <summary>A communiqué or an article, which reports what was achieved.</summary>
    DocumentKind,

    /// <summary>The section: a target or plan heading, a section after the review, or the review itself.</summary>
    Section,

    /// <summary>
    /// Nothing: no cue, target paragraph or written period, a work report or plan, and no section
    /// heading that sets targets or reviews (none at all where the headings are lost). The rules
    /// answer "achieved" by default.
    /// </summary>
    Default,
}

/// <summary>The rules' answer for one value and what it rests on.</summary>
internal readonly record struct TargetDecision(bool IsTarget, TargetBasis Basis);
