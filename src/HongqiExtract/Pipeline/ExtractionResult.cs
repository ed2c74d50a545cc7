using HongqiExtract.Documents;
using HongqiExtract.Output;

namespace HongqiExtract.Pipeline;

/// <summary>The records of one document, and what went wrong on the way.</summary>
/// <param name="Document">The document read.</param>
/// <param name="Records">Its indicator records, in text order.</param>
/// <param name="Diagnostics">What reading repaired and what extraction skipped (malformed numerals, values out of range), in order.</param>
public sealed record ExtractionResult(ReportDocument Document, IReadOnlyList<IndicatorRecord> Records, IReadOnlyList<Diagnostic> Diagnostics);
