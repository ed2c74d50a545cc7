using HongqiExtract.Binding;
using HongqiExtract.Documents;
using HongqiExtract.Lexicons;
using HongqiExtract.Output;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Periods;
using HongqiExtract.Recognition.Units;

namespace HongqiExtract.Pipeline;

/// <summary>
/// Turns a bound, classified value into its record: the period default (which needs the target
/// decision), the base year, the sign of a decline, a unit the name implies (户数 → 户), the surface
/// text and a confidence.
/// </summary>
internal sealed class RecordAssembler(ReportDocument document)
{
    // A sentence's records follow each other: its text is cut once, not once per record.
    private int _sentenceIndex = -1;
    private string _sentenceText = "";

    public IndicatorRecord Assemble(BoundMention mention, bool isTarget, int ordinal, IReadOnlyList<PeriodMention> sentencePeriods)
    {
        var q = mention.Quantity;
        string text = document.Text;
        var sentence = document.Sentences[mention.SentenceIndex];
        var metadata = document.Metadata;
        bool cumulative = mention.Period is null && CueLexicon<BindingCue>.Shared.Occurs(BindingCue.Cumulative, mention.CueText);
        var years = PeriodResolver.WithDefault(mention.Period, isTarget, metadata.ReportYear, metadata.Kind, cumulative);
        int? baseYear = PeriodResolver.Plausible(BaseYear.Find(text, q, mention.CueText, mention.Kind, sentencePeriods, years.Start));
        var (periodStart, periodEnd) = PeriodResolver.Plausible(years);
        decimal sign = mention.Negative && mention.Kind is IndicatorKind.Growth or IndicatorKind.Increase ? -1 : 1;
        string normalizedUnit = q.NormalizedUnit;
        // 贫困户…7.2万 with no classifier: the name's last word implies the unit.
        if (normalizedUnit.Length == 0 && mention.Name is not null) normalizedUnit = UnitLexicon.Shared.ImpliedUnitAtEnd(mention.Name) ?? "";
        var source = document.OffsetMap.ToSource(q.Span);
        return new IndicatorRecord
        {
            Doc = document.Id,
            DocKind = metadata.Kind,
            Ordinal = ordinal,
            Name = mention.Name,
            Value = sign * q.Value,
            ValueHigh = q.ValueHigh is { } high ? sign * high : null,
            Unit = q.Unit,
            Scale = q.Scale,
            NormalizedValue = sign * q.NormalizedValue,
            NormalizedUnit = normalizedUnit,
            Qualifier = q.Qualifier,
            Kind = mention.Kind,
            FromValue = mention.From?.Value,
            FromNormalizedValue = mention.From?.NormalizedValue,
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            // Months narrow one year; a span of years has none.
            PeriodMonths = periodStart is not null && periodStart == periodEnd ? mention.Months : null,
            BaseYear = baseYear,
            IsTarget = isTarget,
            Text = text[mention.TextStart..q.Span.End],
            Start = q.Span.Start,
            End = q.Span.End,
            Sentence = SentenceText(mention.SentenceIndex),
            Section = document.SectionPath(sentence.ParagraphIndex),
            Confidence = Confidence(mention.Name, q, mention.Period),
            Category = null,
            // PDF, Word and OFD have no characters of their own to point into.
            SourceStart = document.HasCharacterSource ? source.Start : null,
            SourceEnd = document.HasCharacterSource ? source.End : null,
        };
    }

    private string SentenceText(int sentenceIndex)
    {
        if (sentenceIndex != _sentenceIndex) (_sentenceIndex, _sentenceText) = (sentenceIndex, document.Slice(document.Sentences[sentenceIndex].Span));
        return _sentenceText;
    }

    /// <summary>0.5, and more for a name, a unit and a written period.</summary>
    private static double Confidence(string? name, Quantity q, PeriodMention? period)
    {
        double c = 0.5;
        if (name is not null) c += 0.25;
        if (q.Category != UnitCategory.None) c += 0.15;
        if (period is not null) c += 0.1;
        return Math.Round(c, 2);
    }
}
