namespace HongqiExtract.Documents;

/// <summary>The kind of document a report is (<c>doc_kind</c> in records); each kind sets its own defaults for periods and targets.</summary>
public enum DocumentKind
{
    /// <summary>Nothing tells: the work-report defaults apply.</summary>
    Other,
    /// <summary>A government work report (政府工作报告): reviews the past, sets targets for its year and beyond.</summary>
    WorkReport,
    /// <summary>A statistical communiqué (统计公报) of year Y: achieved figures of Y.</summary>
    Communique,
    /// <summary>A plan outline (规划纲要): targets for its end year, base-year values achieved.</summary>
    Plan,
    /// <summary>A newspaper or news-site article: its figures belong to the year it speaks of.</summary>
    News,
    /// <summary>A monthly or quarterly data release: achieved figures of its months.</summary>
    StatisticalRelease,
    /// <summary>A budget execution report (预算执行情况的报告).</summary>
    BudgetReport,
}

/// <summary>The snake_case codes of <see cref="DocumentKind"/> used in files.</summary>
public static class DocumentKinds
{
    /// <summary>work_report, communique, plan, news, statistical_release, budget_report or other.</summary>
    /// <param name="kind">The kind.</param>
    public static string Code(this DocumentKind kind) => kind switch
    {
        DocumentKind.WorkReport => "work_report",
        DocumentKind.Communique => "communique",
        DocumentKind.Plan => "plan",
        DocumentKind.News => "news",
        DocumentKind.StatisticalRelease => "statistical_release",
        DocumentKind.BudgetReport => "budget_report",
        _ => "other",
    };

    /// <summary>Whether the kind states what was achieved, so a figure is a target only where its own sentence says so.</summary>
    /// <param name="kind">The kind.</param>
    public static bool ReportsAchievedFigures(this DocumentKind kind) =>
        kind is DocumentKind.Communique or DocumentKind.News or DocumentKind.StatisticalRelease;
}
