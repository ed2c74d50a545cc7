using HongqiExtract.Output;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Binding;

/// <summary>A value as binding leaves it: named, of a kind, with the period written for it; not yet classified.</summary>
/// <param name="SentenceIndex">Its sentence.</param>
/// <param name="Quantity">The value.</param>
/// <param name="From">The from-value of a change, or null.</param>
/// <param name="Name">Its name, or null.</param>
/// <param name="TextStart">Where the record's surface text starts (the name, when it stands right before the value).</param>
/// <param name="Kind">What it states.</param>
/// <param name="Negative">Whether a verb of decline makes an increase or growth negative.</param>
/// <param name="Period">The period written for it, or null.</param>
/// <param name="CueText">The text between its segment's start and the value.</param>
/// <param name="Months">The months within the year it covers (前三季度), or null.</param>
internal sealed record BoundMention(int SentenceIndex, Quantity Quantity, Quantity? From, string? Name, int TextStart, IndicatorKind Kind, bool Negative,
    PeriodMention? Period, string CueText, MonthRange? Months = null);
