using HongqiExtract.Documents;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Normalization;

namespace HongqiExtract.Cli.Evaluation;

/// <summary>A gold line no prediction matched, or a prediction no gold line matched.</summary>
/// <param name="Doc">The document.</param>
/// <param name="What">The gold context, or the prediction's text with its value and unit.</param>
public sealed record EvaluationMiss(string Doc, string What);

/// <summary>Scores of extraction against gold, as ../shared/gold/README.md defines them.</summary>
public sealed record EvaluationReport(
    int Required, int MatchedRequired, int Predictions, int FalsePositives,
    int NameRight, int PeriodRight, int QualifierRight, int KindRight, int TargetRight, int FullRight,
    IReadOnlyList<EvaluationMiss> Misses, IReadOnlyList<EvaluationMiss> FalsePositiveList, IReadOnlyList<string> FieldErrors)
{
    /// <summary>Matched required / (matched required + unmatched predictions).</summary>
    public double Precision => MatchedRequired + FalsePositives == 0 ? 0 : (double)MatchedRequired / (MatchedRequired + FalsePositives);
    /// <summary>Matched required / required.</summary>
    public double Recall => Required == 0 ? 0 : (double)MatchedRequired / Required;
    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Records with name, period, qualifier, kind and target all right, over all required lines.</summary>
    public double FullRecordAccuracy => Required == 0 ? 0 : (double)FullRight / Required;

    /// <summary>Matched required lines whose gold gives a category.</summary>
    public int CategoryLabelled { get; init; }

    /// <summary>Of those, the ones whose record has the same category.</summary>
    public int CategoryRight { get; init; }

    /// <summary>Category right over the matched lines that have one.</summary>
    public double CategoryAccuracy => CategoryLabelled == 0 ? 0 : (double)CategoryRight / CategoryLabelled;
}

/// <summary>Scores extraction results against gold lines.</summary>
public static class Evaluator
{
    /// <summary>Scores <paramref name="results"/> against <paramref name="gold"/>; documents are paired by file name.</summary>
    /// <param name="results">Extraction results, one per document.</param>
    /// <param name="gold">The gold lines of those documents.</param>
    public static EvaluationReport Evaluate(IEnumerable<ExtractionResult> results, IReadOnlyList<GoldLine> gold)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(gold);
        int required = 0, matched = 0, predictions = 0, falsePositives = 0, name = 0, period = 0, qualifier = 0, kind = 0, target = 0, full = 0;
        int categoryLabelled = 0, categoryRight = 0;
        var misses = new List<EvaluationMiss>();
        var fps = new List<EvaluationMiss>();
        var fieldErrors = new List<string>();
        foreach (var result in results)
        {
            var file = Path.GetFileName(result.Document.Id);
            var lines = gold.Where(g => Path.GetFileName(g.Doc) == file && !g.Negative)
                .Select(g => (Line: g, Position: Locate(result.Document.Text, g.Context)))
                // Table cells ("anywhere", no position in the text) come after the lines that have one, so they only take
                // predictions no positioned line claims: a cell's 4.1 % must not take the prose's 增长4.1% from its own gold line.
                .OrderBy(g => g.Line.Anywhere || g.Position.Start < 0 ? 1 : 0).ThenBy(g => g.Position.Start).ToList();
            var records = result.Records;
            predictions += records.Count;
            var used = new bool[records.Count];
            foreach (var (line, position) in lines)
            {
                if (!line.Optional) required++;
                int found = FindMatch(records, used, line, position);
                if (found < 0)
                {
                    if (!line.Optional) misses.Add(new EvaluationMiss(file, line.Context));
                    continue;
                }
                used[found] = true;
                if (line.Optional) continue;
                matched++;
                var rec = records[found];
                bool n = NameRight(rec.Name, line.Name), p = PeriodRight(rec, line), q = line.Qualifier == RecordWriters.Name(rec.Qualifier);
                bool k = line.Kind == RecordWriters.Name(rec.Kind) && (line.Kind != "change" || line.FromValue == rec.FromValue);
                bool t = line.IsTarget == rec.IsTarget;
                name += n ? 1 : 0; period += p ? 1 : 0; qualifier += q ? 1 : 0; kind += k ? 1 : 0; target += t ? 1 : 0;
                if (line.Category is { } category)
                {
                    categoryLabelled++;
                    if (rec.Category == category) categoryRight++; else fieldErrors.Add($"{file}: {line.Context}: category {rec.Category} ≠ {category} ('{rec.Name}')");
                }
                if (n && p && q && k && t) full++;
                else fieldErrors.Add($"{file}: {line.Context}: " + FieldErrors(rec, line, n, p, q, k, t));
            }
            for (int r = 0; r < records.Count; r++)
            {
                if (used[r]) continue;
                falsePositives++;
                fps.Add(new EvaluationMiss(file, $"{records[r].Text} ({RecordWriters.Plain(records[r].NormalizedValue)} {records[r].NormalizedUnit})"));
            }
        }
        return new EvaluationReport(required, matched, predictions, falsePositives, name, period, qualifier, kind, target, full, misses, fps, fieldErrors)
        {
            CategoryLabelled = categoryLabelled,
            CategoryRight = categoryRight,
        };
    }

    /// <summary>
    /// The first unused record that matches the line; a table cell's line (its context the row's cells,
    /// &lt;td&gt;38.49&lt;/td&gt;&lt;td&gt;1.3&lt;/td&gt;) first looks for a record from that row, so a cell's 1.3 % is not
    /// taken by a prose 增长1.3% elsewhere.
    /// </summary>
    private static int FindMatch(IReadOnlyList<IndicatorRecord> records, bool[] used, GoldLine line, TextSpan position)
    {
        if (line.Anywhere && CellTexts(line.Context) is { Length: > 0 } cells)
            for (int r = 0; r < records.Count; r++)
                if (!used[r] && records[r].TableCell is not null && Matches(records[r], line, position) && cells.All(c => records[r].Sentence.Contains(c, StringComparison.Ordinal)))
                    return r;
        for (int r = 0; r < records.Count; r++)
            if (!used[r] && Matches(records[r], line, position)) return r;
        return -1;
    }

    private static string[] CellTexts(string context) =>
        [.. System.Text.RegularExpressions.Regex.Matches(context, "<t[dh][^>]*>([^<]*)</t[dh]>").Select(m => CharNormalizer.Normalize(m.Groups[1].Value.Trim())).Where(t => t.Length > 0)];

    private static string FieldErrors(IndicatorRecord rec, GoldLine line, bool n, bool p, bool q, bool k, bool t) => string.Join("; ", new[]
    {
        n ? null : $"name '{rec.Name}' ≠ '{line.Name}'",
        p ? null : $"period {rec.PeriodStart}-{rec.PeriodEnd} ≠ {line.PeriodStart}-{line.PeriodEnd}",
        q ? null : $"qualifier {RecordWriters.Name(rec.Qualifier)} ≠ {line.Qualifier}",
        k ? null : $"kind {RecordWriters.Name(rec.Kind)}/{rec.FromValue} ≠ {line.Kind}/{line.FromValue}",
        t ? null : $"target {rec.IsTarget} ≠ {line.IsTarget}",
    }.Where(s => s is not null));

    private static TextSpan Locate(string text, string context)
    {
        var normalized = CharNormalizer.Normalize(context);
        int at = text.IndexOf(normalized, StringComparison.Ordinal);
        return at < 0 ? new TextSpan(-1, -1) : new TextSpan(at, at + normalized.Length);
    }

    private static bool Matches(IndicatorRecord record, GoldLine line, TextSpan position)
    {
        if (!line.Optional && !SameUnit(record.NormalizedUnit, line.NormalizedUnit)) return false;
        if (line.NormalizedValue is not { } expected || !Close(record.NormalizedValue, expected)) return false;
        if (line.Anywhere) return true;
        // A line of running text is never a table's cell: a cell's 1.3 must not take a prose 增长1.3%'s line.
        if (record.TableCell is not null) return false;
        var context = CharNormalizer.Normalize(line.Context);
        if (position.Start >= 0 && record.Start >= position.Start && record.End <= position.End) return true;
        if (record.Sentence.Contains(context, StringComparison.Ordinal)) return true;
        return record.Text.Contains(context, StringComparison.Ordinal) || context.Contains(record.Text, StringComparison.Ordinal);
    }

    private static bool Close(decimal actual, decimal expected)
    {
        if (actual == expected) return true;
        var diff = Math.Abs((double)actual - (double)expected);
        return diff <= 1e-6 * Math.Max(Math.Abs((double)expected), 1e-12);
    }

    private static bool SameUnit(string actual, string? expected) => Alias(actual) == Alias(expected ?? "");

    private static string Alias(string unit) => unit switch
    {
        "元" => "CNY",
        "美元" => "USD",
        "％" => "%",
        "个百分点" => "pp",
        "倍" or "番" => "x",
        _ => unit,
    };

    /// <summary>
    /// Equal, or one holds the other and the shorter is at least half the longer (../shared/gold/README.md);
    /// or, as the meaning issue adds for relative clauses the gold writes in another order
    /// (企业挂牌“新三板” for 挂牌“新三板”企业), the same words in any order, holding the gold's head noun.
    /// </summary>
    internal static bool NameRight(string? actual, string? expected)
    {
        if (actual is null || expected is null) return actual == expected;
        if (actual == expected) return true;
        var (shorter, longer) = actual.Length <= expected.Length ? (actual, expected) : (expected, actual);
        if (longer.Contains(shorter, StringComparison.Ordinal) && shorter.Length * 2 >= longer.Length) return true;
        return expected.Length >= 2 && actual.Contains(expected[^2..], StringComparison.Ordinal) && Letters(actual).SequenceEqual(Letters(expected));
    }

    // The characters of a name, sorted, without 的 and punctuation: the same words in any order have the same letters.
    private static IEnumerable<char> Letters(string name) => name.Where(c => char.IsLetterOrDigit(c) && c != '的').Order();

    private static bool PeriodRight(IndicatorRecord record, GoldLine line)
    {
        if (record.PeriodStart == line.PeriodStart && record.PeriodEnd == line.PeriodEnd) return true;
        return line.PeriodAlternatives.Any(a => a.Start == record.PeriodStart && a.End == record.PeriodEnd);
    }
}
