using HongqiExtract.Indicators;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Periods;
using HongqiExtract.Segmentation;
using HongqiExtract.Structure;

namespace HongqiExtract;

/// <summary>Options for extraction.</summary>
/// <param name="Reader">How documents are read.</param>
/// <param name="Segmenter">The word segmenter; jieba.NET when null.</param>
/// <param name="Classifier">Assigns each record's category (a Microsoft.ML model, say); none when null.</param>
public sealed record ExtractorOptions(ReaderOptions? Reader = null, IWordSegmenter? Segmenter = null, IIndicatorClassifier? Classifier = null)
{
    /// <summary>The defaults.</summary>
    public static ExtractorOptions Default { get; } = new();
}

/// <summary>Assigns a category to records. Implementations must be thread-safe.</summary>
public interface IIndicatorClassifier
{
    /// <summary>The category of a record (economy, fiscal, …), or null when unsure.</summary>
    /// <param name="record">The record, with every other field set.</param>
    string? Classify(IndicatorRecord record);
}

/// <summary>The records of one document, and what went wrong on the way.</summary>
/// <param name="Document">The document read.</param>
/// <param name="Records">Its indicator records, in text order.</param>
/// <param name="Diagnostics">Malformed numerals and other problems that did not stop extraction.</param>
public sealed record ExtractionResult(ReportDocument Document, IReadOnlyList<IndicatorRecord> Records, IReadOnlyList<string> Diagnostics);

/// <summary>
/// Extracts every numeric indicator of a report as an <see cref="IndicatorRecord"/>. Immutable and
/// thread-safe: build one and share it.
/// </summary>
public sealed partial class IndicatorExtractor
{
    private readonly ExtractorOptions _options;
    private readonly QuantityRecognizer _recognizer = QuantityRecognizer.Default;
    private readonly CueLexicon _cues = CueLexicon.Shared;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Reader, segmenter and classifier; defaults when null.</param>
    public IndicatorExtractor(ExtractorOptions? options = null)
    {
        _options = options ?? ExtractorOptions.Default;
    }

    /// <summary>Reads a report and extracts its records.</summary>
    /// <param name="source">The report.</param>
    /// <exception cref="ReportReadException">The report could not be read.</exception>
    public ExtractionResult Extract(ReportSource source) => Extract(ReportReader.Read(source, _options.Reader));

    /// <summary>Extracts the records of a document already read.</summary>
    /// <param name="document">The document.</param>
    public ExtractionResult Extract(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = new List<string>(document.Diagnostics);
        var records = new List<IndicatorRecord>();
        int? reportYear = PeriodContext.InferReportYear(document);
        var periods = new PeriodContext(document, reportYear);
        var quantities = new List<Quantity>();
        var sentencePeriods = new List<PeriodMention>();
        var segmenter = new MemoizingSegmenter(_options.Segmenter ?? JiebaWordSegmenter.Shared);
        var binder = new NameBinder(segmenter);
        foreach (var sentence in document.Sentences)
        {
            quantities.Clear();
            _recognizer.Recognize(document.Text, sentence.Span, quantities, diagnostics);
            quantities.RemoveAll(q => q.NotIndicator is not null);
            if (quantities.Count == 0) continue;
            sentencePeriods.Clear();
            PeriodRecognizer.Recognize(document.Text, sentence.Span, reportYear, sentencePeriods);
            int before = records.Count;
            try
            {
                BindSentence(document, sentence, quantities, sentencePeriods, periods, binder, segmenter, records);
            }
            catch (ArithmeticException e)
            {
                // A value past decimal's range in a from→to or a shared unit: that sentence's records go, the document stays.
                records.RemoveRange(before, records.Count - before);
                diagnostics.Add($"sentence at {sentence.Span.Start}: {e.Message}");
            }
        }
        // Defaults derived from the report year (the year before it, the next five years) can still step outside the plausible range.
        for (int i = 0; i < records.Count; i++)
        {
            var r = records[i];
            bool period = r.PeriodStart is null || (PeriodRecognizer.IsPlausibleYear(r.PeriodStart.Value, null) && PeriodRecognizer.IsPlausibleYear(r.PeriodEnd ?? r.PeriodStart.Value, null));
            bool baseYear = r.BaseYear is null || PeriodRecognizer.IsPlausibleYear(r.BaseYear.Value, null);
            if (!period || !baseYear)
                records[i] = r with { PeriodStart = period ? r.PeriodStart : null, PeriodEnd = period ? r.PeriodEnd : null, BaseYear = baseYear ? r.BaseYear : null };
        }
        if (_options.Classifier is { } classifier)
            for (int i = 0; i < records.Count; i++) records[i] = records[i] with { Category = classifier.Classify(records[i]) };
        return new ExtractionResult(document, records, diagnostics);
    }
}
