using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Classification;

/// <summary>What a target classifier sees of one value.</summary>
/// <param name="Document">The document, with its kind and report year in <see cref="ReportDocument.Metadata"/>.</param>
/// <param name="SentenceIndex">The value's sentence, an index into <see cref="ReportDocument.Sentences"/>.</param>
/// <param name="Quantity">The value as recognized.</param>
/// <param name="Name">The name binding gave it, or null.</param>
/// <param name="Kind">The kind binding gave it.</param>
/// <param name="Period">The period written for it (in its sentence, paragraph or section), or null when none is.</param>
public sealed record TargetEvidence(ReportDocument Document, int SentenceIndex, Quantity Quantity, string? Name, IndicatorKind Kind, PeriodMention? Period)
{
    /// <summary>The value's sentence.</summary>
    public Sentence Sentence => Document.Sentences[SentenceIndex];

    /// <summary>The paragraph holding the sentence.</summary>
    public Paragraph Paragraph => Document.Paragraphs[Sentence.ParagraphIndex];

    /// <summary>The year the report was delivered in or covers, when known.</summary>
    public int? ReportYear => Document.Metadata.ReportYear;
}
