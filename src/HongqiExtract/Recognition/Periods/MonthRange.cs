namespace HongqiExtract.Recognition.Periods;

/// <summary>
/// The months within a year that a sub-year figure covers (<c>period_months</c>): 一季度 → 1–3,
/// 前三季度 → 1–9, 上半年 → 1–6, 1—11月 → 1–11, 12月 → 12–12.
/// </summary>
/// <param name="First">The first month, 1 to 12.</param>
/// <param name="Last">The last month, <paramref name="First"/> to 12.</param>
public readonly record struct MonthRange(int First, int Last)
{
    /// <summary>Whether the range is a real part of a year: 1 ≤ first ≤ last ≤ 12, and not the whole year.</summary>
    public bool IsPartOfYear => First is >= 1 and <= 12 && Last >= First && Last <= 12 && !(First == 1 && Last == 12);
}
