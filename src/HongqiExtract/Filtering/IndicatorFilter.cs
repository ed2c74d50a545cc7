using HongqiExtract.Recognition;

namespace HongqiExtract.Filtering;

/// <summary>The filtering stage: keeps the quantities that may be indicators (<see cref="Quantity.NotIndicator"/> is null).</summary>
internal static class IndicatorFilter
{
    /// <summary>Removes, in place, the quantities <see cref="NotIndicatorRules"/> rejected.</summary>
    public static void RemoveNonIndicators(List<Quantity> quantities) => quantities.RemoveAll(q => q.NotIndicator is not null);
}
