using HongqiExtract.Output;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Binding.Tables;

/// <summary>What a table's column holds, read from its header cells (and the caption where they say little).</summary>
/// <param name="Role">The row names, a unit per row, values, or row numbers.</param>
/// <param name="Kind">For values: level, growth, share.</param>
/// <param name="Unit">For values: the unit the header gives (产量(万吨) → 万吨, 比上年增长(%) → %), or null.</param>
/// <param name="Measure">For level values: the word the row's name takes (产量(万吨) → 产量), or null where the header is the level itself (绝对数).</param>
/// <param name="Year">The year the header names (a table with a column per year: 2024年, 2025年), or null.</param>
/// <param name="PreviousYear">Whether the header names the year before the table's (上年, 上年数).</param>
/// <param name="Months">The months within the year the header names (1—11月, 一季度), or null.</param>
internal sealed record TableColumn(TableColumnRole Role, IndicatorKind Kind, string? Unit, string? Measure, int? Year = null, bool PreviousYear = false, MonthRange? Months = null);

/// <summary>The role of a table column.</summary>
internal enum TableColumnRole
{
    /// <summary>The row headers: the indicators' names.</summary>
    Names,

    /// <summary>A unit per row (单位).</summary>
    Units,

    /// <summary>Values.</summary>
    Values,

    /// <summary>Row numbers (序号): neither names nor values.</summary>
    Ordinals,
}
