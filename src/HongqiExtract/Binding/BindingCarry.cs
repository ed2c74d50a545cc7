using HongqiExtract.Output;

namespace HongqiExtract.Binding;

/// <summary>
/// What one value's binding hands to the next in the same sentence: the last name and kind (a rate
/// after a level takes its name), an enumeration under way (A、B分别…) and whether 新增 still scopes.
/// </summary>
/// <param name="LastName">The name of the previous value.</param>
/// <param name="LastKind">The kind of the previous value.</param>
/// <param name="Enumeration">The items of an enumeration before 分别, or null.</param>
/// <param name="EnumerationIndex">Which item the previous value took.</param>
/// <param name="IncreaseScope">Whether a 新增 earlier in the sentence still makes counts increases.</param>
/// <param name="LastNegative">Whether the previous value fell (下降…): a value continuing its enumeration falls too.</param>
internal readonly record struct BindingCarry(string? LastName, IndicatorKind LastKind, IReadOnlyList<string>? Enumeration, int EnumerationIndex, bool IncreaseScope,
    bool LastNegative = false);
