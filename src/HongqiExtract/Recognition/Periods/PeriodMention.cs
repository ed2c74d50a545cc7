using HongqiExtract.Documents;
namespace HongqiExtract.Recognition.Periods;

/// <summary>How a period was written.</summary>
public enum PeriodKind
{
    /// <summary>A year: 2020年, 二〇三五年, 2021年1-9月.</summary>
    Year,
    /// <summary>A range of years: 2016年至2020年, 2016—2020年.</summary>
    YearRange,
    /// <summary>A five-year plan: 十三五 → 2016–2020.</summary>
    Plan,
    /// <summary>Relative to the report's year: 去年, 今年, 过去五年, 今后5年.</summary>
    Relative,
}

/// <summary>A period named in text, resolved to years.</summary>
/// <param name="Span">Where it is written.</param>
/// <param name="StartYear">The first year it covers.</param>
/// <param name="EndYear">The last year it covers.</param>
/// <param name="Kind">How it was written.</param>
/// <param name="IsFuture">Whether it looks ahead (今后5年, 到2035年, 明年).</param>
public sealed record PeriodMention(TextSpan Span, int StartYear, int EndYear, PeriodKind Kind, bool IsFuture)
{
    /// <summary>The months of the year a single year's mention narrows to, written right after it (2025年1—11月, 去年四季度); else null.</summary>
    public MonthRange? Months { get; init; }
}
