using System.Text.Json;

namespace HongqiExtract.Cli.Evaluation;

/// <summary>One expected record of a gold file (../shared/gold format): a mention located by its context.</summary>
public sealed record GoldLine(
    string Doc, string Context, string? Name, decimal? NormalizedValue, string? NormalizedUnit, string? Qualifier, string? Kind,
    decimal? FromValue, int? PeriodStart, int? PeriodEnd, IReadOnlyList<(int Start, int End)> PeriodAlternatives, bool? IsTarget,
    bool Optional, bool Negative, bool Anywhere)
{
    /// <summary>The category code the gold gives, where it gives one.</summary>
    public string? Category { get; init; }

    /// <summary>Reads every <c>*.gold.jsonl</c> file of a folder.</summary>
    /// <param name="folder">The gold folder.</param>
    public static List<GoldLine> LoadFolder(string folder)
    {
        var lines = new List<GoldLine>();
        foreach (var file in Directory.GetFiles(folder, "*.gold.jsonl").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(file))
                if (line.Trim().Length > 0) lines.Add(Parse(line));
        return lines;
    }

    /// <summary>Parses one gold line.</summary>
    /// <param name="json">The JSON object.</param>
    public static GoldLine Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var e = document.RootElement;
        var alternatives = new List<(int, int)>();
        if (e.TryGetProperty("period_alt", out var alt) && alt.ValueKind == JsonValueKind.Array)
            foreach (var pair in alt.EnumerateArray()) alternatives.Add((pair[0].GetInt32(), pair[1].GetInt32()));
        return new GoldLine(
            e.GetProperty("doc").GetString()!, e.GetProperty("context").GetString()!, Str(e, "name"), Dec(e, "normalized_value"),
            Str(e, "normalized_unit"), Str(e, "qualifier"), Str(e, "kind"), Dec(e, "from_value"), Int(e, "period_start"), Int(e, "period_end"),
            alternatives, Bool(e, "is_target"), Bool(e, "optional") ?? false, Bool(e, "negative") ?? false, Bool(e, "anywhere") ?? false)
        {
            Category = Str(e, "category"),
        };
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? Dec(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            ? (v.TryGetDecimal(out var d) ? d : (decimal)v.GetDouble())
            : null;

    private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static bool? Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
}
