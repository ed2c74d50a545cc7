using System.Text.Json;
using HongqiExtract.Documents;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Output;

/// <summary>
/// Reads records back from the JSON Lines that <see cref="RecordWriters.WriteJsonLines"/> writes, so a
/// later step (a panel, a merge) works from a records file instead of extracting again. Fields the line
/// lacks stay null or default; a line that is no record object fails with its line number.
/// </summary>
public static class RecordReaders
{
    private static readonly Dictionary<string, DocumentKind> Kinds =
        Enum.GetValues<DocumentKind>().ToDictionary(k => k.Code(), StringComparer.Ordinal);

    /// <summary>Reads one record per non-empty line.</summary>
    /// <param name="input">UTF-8 JSON Lines.</param>
    /// <param name="source">The input's name, for errors.</param>
    /// <exception cref="FormatException">A line is not a record; the message names <paramref name="source"/> and the line.</exception>
    public static IEnumerable<IndicatorRecord> ReadJsonLines(TextReader input, string source)
    {
        ArgumentNullException.ThrowIfNull(input);
        int number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            IndicatorRecord record;
            try
            {
                using var json = JsonDocument.Parse(line);
                record = FromJson(json.RootElement);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                throw new FormatException($"{source}, line {number}: not a record ({e.Message})", e);
            }
            yield return record;
        }
    }

    private static IndicatorRecord FromJson(JsonElement r) => new()
    {
        Doc = r.GetProperty("doc").GetString()!,
        Ordinal = r.GetProperty("ordinal").GetInt32(),
        Name = Text(r, "name"),
        Value = r.GetProperty("value").GetDecimal(),
        ValueHigh = Number(r, "value_high"),
        Unit = Text(r, "unit") ?? "",
        Scale = Number(r, "scale") ?? 1,
        NormalizedValue = r.GetProperty("normalized_value").GetDecimal(),
        NormalizedUnit = Text(r, "normalized_unit") ?? "",
        Qualifier = Enum.Parse<Qualifier>(Text(r, "qualifier") ?? "exact", ignoreCase: true),
        Kind = Enum.Parse<IndicatorKind>(Text(r, "kind") ?? throw new KeyNotFoundException("kind"), ignoreCase: true),
        FromValue = Number(r, "from_value"),
        FromNormalizedValue = Number(r, "from_normalized_value"),
        PeriodStart = Integer(r, "period_start"),
        PeriodEnd = Integer(r, "period_end"),
        PeriodMonths = Present(r, "period_months") is { } m ? new MonthRange(m[0].GetInt32(), m[1].GetInt32()) : null,
        BaseYear = Integer(r, "base_year"),
        IsTarget = r.GetProperty("is_target").GetBoolean(),
        Text = Text(r, "text") ?? "",
        Start = r.GetProperty("start").GetInt32(),
        End = r.GetProperty("end").GetInt32(),
        Sentence = Text(r, "sentence") ?? "",
        Section = Text(r, "section"),
        Confidence = Present(r, "confidence")?.GetDouble() ?? 0,
        Category = Text(r, "category"),
        IndicatorId = Text(r, "indicator_id"),
        DocKind = Text(r, "doc_kind") is { } kind ? Kinds.GetValueOrDefault(kind, DocumentKind.Other) : DocumentKind.Other,
        SourceStart = Integer(r, "source_start"),
        SourceEnd = Integer(r, "source_end"),
        TableCell = Present(r, "table_cell") is { } c
            ? new TableCellPosition(c.GetProperty("table").GetInt32(), c.GetProperty("row").GetInt32(), c.GetProperty("col").GetInt32()) : null,
        Region = Text(r, "region"),
        RegionCode = Text(r, "region_code"),
        ReportYear = Integer(r, "report_year"),
    };

    private static JsonElement? Present(JsonElement r, string name) =>
        r.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? Text(JsonElement r, string name) => Present(r, name)?.GetString();

    private static decimal? Number(JsonElement r, string name) => Present(r, name)?.GetDecimal();

    private static int? Integer(JsonElement r, string name) => Present(r, name)?.GetInt32();
}
