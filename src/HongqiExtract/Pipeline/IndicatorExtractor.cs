using HongqiExtract.Binding;
using HongqiExtract.Catalogue;
using HongqiExtract.Classification;
using HongqiExtract.Documents;
using HongqiExtract.Filtering;
using HongqiExtract.Output;
using HongqiExtract.Reading;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Periods;
using HongqiExtract.Segmentation;

namespace HongqiExtract.Pipeline;

/// <summary>
/// Extracts every numeric indicator of a report as an <see cref="IndicatorRecord"/>: reads it, then per
/// sentence recognizes quantities, filters out those that are no indicators, binds names, kinds and
/// periods, classifies each value as target or achieved, and assembles the records; the shipped
/// category model (or the options' classifier) runs last. Immutable and thread-safe: build one and share it.
/// </summary>
public sealed class IndicatorExtractor
{
    private readonly ExtractorOptions _options;
    private readonly QuantityRecognizer _recognizer = QuantityRecognizer.Default;
    private readonly ITargetClassifier _targets;
    private readonly IIndicatorClassifier _categories;
    private readonly bool _categoryByName;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Reader, segmenter and classifiers; defaults when null.</param>
    public IndicatorExtractor(ExtractorOptions? options = null)
    {
        _options = options ?? ExtractorOptions.Default;
        _targets = _options.TargetClassifier ?? CombinedTargetClassifier.Instance;
        _categories = _options.Classifier ?? LearnedCategoryClassifier.Instance;
        // The shipped model reads only the name; another classifier may read any field, so only its answers are reused.
        _categoryByName = _categories is LearnedCategoryClassifier;
    }

    /// <summary>Reads a report and extracts its records.</summary>
    /// <param name="source">The report.</param>
    /// <exception cref="ReportReadException">The report could not be read.</exception>
    public ExtractionResult Extract(ReportSource source) => Extract(ReportReader.Read(source, _options.Reader));

    /// <summary>
    /// Reads a report from a stream without blocking on it (a network or blob stream), then extracts its
    /// records; extraction itself is CPU-bound and runs on the caller's thread once the bytes are in.
    /// </summary>
    /// <param name="stream">The report's bytes, in any format the reader knows; left open.</param>
    /// <param name="id">The document's id, for records and errors.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="ReportReadException">The report could not be read, or it is larger than the reader's maximum.</exception>
    public async Task<ExtractionResult> ExtractAsync(Stream stream, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(id);
        long limit = (_options.Reader ?? ReaderOptions.Default).MaxDocumentBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit) throw new ReportReadException(id, $"more than {limit:N0} bytes: not read");
            buffer.Write(chunk, 0, read);
        }
        return Extract(ReportSource.FromBytes(buffer.ToArray(), id));
    }

    /// <summary>Extracts the records of a document already read.</summary>
    /// <param name="document">The document.</param>
    public ExtractionResult Extract(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = new List<Diagnostic>(document.Diagnostics);
        var records = new List<IndicatorRecord>();
        var scopes = new PeriodScopes(document, new PeriodIndex(document));
        var binder = new SentenceBinder(new MemoizingSegmenter(_options.Segmenter ?? JiebaWordSegmenter.Shared));
        var assembler = new RecordAssembler(document);
        var quantities = new List<Quantity>();
        var tableRecords = BindTables(document);
        var inTable = TableLines(document, tableRecords);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            // A table's lines are read by the table binder, cell by cell, not as prose.
            if (inTable(document.Sentences[s].Span.Start)) continue;
            quantities.Clear();
            _recognizer.Recognize(document.Text, document.Sentences[s].Span, quantities, diagnostics);
            IndicatorFilter.RemoveNonIndicators(quantities);
            if (quantities.Count == 0) continue;
            if (Bind(binder, document, s, quantities, scopes, diagnostics) is not { } bound) continue;
            var targets = bound.Select(mention => _targets.IsTarget(Evidence(document, mention))).ToList();
            int before = records.Count;
            try
            {
                for (int i = 0; i < bound.Count; i++) records.Add(assembler.Assemble(bound[i], targets[i], records.Count, scopes.InSentence(s)));
            }
            catch (ArithmeticException e)
            {
                records.RemoveRange(before, records.Count - before);
                diagnostics.Add(new Diagnostic(DiagnosticCode.SentenceSkipped, e.Message, document.Sentences[s].Span));
            }
        }
        if (tableRecords.Count > 0) MergeTableRecords(tableRecords, records);
        // A report repeats its names (地区生产总值 many times): the shipped model classifies each once.
        var categories = new Dictionary<string, CategoryPrediction?>(StringComparer.Ordinal);
        var indicators = _options.Indicators ?? IndicatorMatcher.Shared;
        var ids = new Dictionary<(string?, string, IndicatorKind), string?>();
        var metadata = document.Metadata;
        for (int i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var category = CategoryOf(record, categories);
            var key = (record.Name, record.NormalizedUnit, record.Kind);
            if (!ids.TryGetValue(key, out var id)) ids[key] = id = indicators.Match(record.Name, record.NormalizedUnit, record.Kind);
            // One copy of the record for everything this pass adds.
            records[i] = record with
            {
                Category = category?.Category ?? record.Category,
                Confidence = category is null ? record.Confidence : Math.Round(record.Confidence * category.Probability, 2),
                IndicatorId = id, Region = metadata.Region, RegionCode = metadata.RegionCode, ReportYear = metadata.ReportYear,
            };
        }
        return new ExtractionResult(document, records, diagnostics);
    }

    /// <summary>
    /// Binds a sentence's values; a value past decimal's range in a from→to or a shared unit drops that
    /// sentence (a diagnostic), never the document.
    /// </summary>
    private static List<BoundMention>? Bind(SentenceBinder binder, ReportDocument document, int sentence, List<Quantity> quantities, PeriodScopes scopes,
        List<Diagnostic> diagnostics)
    {
        try
        {
            return binder.Bind(document, sentence, quantities, scopes);
        }
        catch (ArithmeticException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCode.SentenceSkipped, e.Message, document.Sentences[sentence].Span));
            return null;
        }
    }

    /// <summary>Each table's records; a table that gives none is left to be read as prose.</summary>
    private static List<List<IndicatorRecord>> BindTables(ReportDocument document) =>
        [.. Enumerable.Range(0, document.Tables.Count).Select(t => Binding.Tables.TableBinder.Bind(document, t).ToList())];

    /// <summary>Whether an offset lies within a table whose cells gave records (caption to last row).</summary>
    private static Func<int, bool> TableLines(ReportDocument document, List<List<IndicatorRecord>> tableRecords)
    {
        var spans = document.Tables.Where((_, t) => tableRecords[t].Count > 0).Select(t => t.Span).ToArray();
        if (spans.Length == 0) return _ => false;
        return offset => Array.Exists(spans, span => span.Contains(offset));
    }

    /// <summary>The tables' records among the prose's, in document order, numbered again.</summary>
    private static void MergeTableRecords(List<List<IndicatorRecord>> tableRecords, List<IndicatorRecord> records)
    {
        if (tableRecords.All(t => t.Count == 0)) return;
        foreach (var table in tableRecords) records.AddRange(table);
        var ordered = records.OrderBy(r => r.Start).ToList();
        records.Clear();
        for (int i = 0; i < ordered.Count; i++) records.Add(ordered[i] with { Ordinal = i });
    }

    /// <summary>
    /// The record's category, if the classifier gives one; the record's confidence then becomes the extraction's
    /// confidence times the category's probability: how likely the record is right, category included, taking the two as independent.
    /// </summary>
    private CategoryPrediction? CategoryOf(IndicatorRecord record, Dictionary<string, CategoryPrediction?> byName)
    {
        CategoryPrediction? prediction;
        if (record.Name is null || !_categoryByName || record.TableCell is not null) prediction = _categories.Classify(record);
        else if (!byName.TryGetValue(record.Name, out prediction)) byName[record.Name] = prediction = _categories.Classify(record);
        return prediction;
    }

    private static TargetEvidence Evidence(ReportDocument document, BoundMention mention) =>
        new(document, mention.SentenceIndex, mention.Quantity, mention.Name, mention.Kind, mention.Period);
}
