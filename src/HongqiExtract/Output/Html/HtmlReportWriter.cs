using System.Globalization;
using System.Net;
using System.Text;
using HongqiExtract.Documents;
using HongqiExtract.Lexicons;
using HongqiExtract.Pipeline;

namespace HongqiExtract.Output.Html;

/// <summary>
/// Writes one self-contained HTML page for an extraction, to audit its records against the document:
/// the text with sections as headings and every record's span marked (colour by kind, targets outlined,
/// low confidence underlined), the records in a table beside it (click a row to scroll to its span, a
/// span to select its row; filters by kind, category, target and name), and the diagnostics where they
/// occurred. CSS and script are inline: no network, works from file://. All report text is escaped.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly Lazy<string> Style = new(() => Read("Html/view.css"));
    private static readonly Lazy<string> Script = new(() => Read("Html/view.js"));

    /// <summary>Writes the page.</summary>
    /// <param name="result">The document and its records.</param>
    /// <param name="output">Where the HTML goes (UTF-8 when it is a file).</param>
    public static void Write(ExtractionResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var document = result.Document;
        var records = result.Records;
        var html = new StringBuilder(document.PlainText.Length * 2 + records.Count * 400);
        string title = document.Metadata.Title ?? document.Id;
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append("</title><style>").Append(Style.Value).Append("</style></head>\n<body>\n<header><h1>").Append(E(title)).Append("</h1><p>")
            .Append(E(Meta(result))).Append("</p></header>\n<main>\n<article id=\"text\">\n");
        HtmlTextView.Write(document, records, result.Diagnostics, html);
        html.Append("</article>\n<aside>\n");
        Filters(records, html);
        HtmlRecordTable.Write(records, html);
        Diagnostics(result, html);
        html.Append("</aside>\n</main>\n<script>").Append(Script.Value).Append("</script>\n</body></html>\n");
        output.Write(html.ToString());
    }

    private static string Meta(ExtractionResult result)
    {
        var m = result.Document.Metadata;
        int low = result.Records.Count(r => r.Confidence < HtmlTextView.LowConfidence);
        var parts = new List<string> { result.Document.Id, m.Kind.Code() };
        if (m.ReportYear is { } year) parts.Add(year.ToString(CultureInfo.InvariantCulture));
        if (m.Region is { } region) parts.Add(region + (m.RegionCode is { } code ? $" ({code})" : ""));
        parts.Add($"{result.Records.Count} records, {result.Records.Count(r => r.IsTarget)} targets, {low} of low confidence, {result.Diagnostics.Count} diagnostics");
        return string.Join(" · ", parts);
    }

    private static void Filters(IReadOnlyList<IndicatorRecord> records, StringBuilder html)
    {
        html.Append("<div class=\"filters\"><input id=\"f-search\" type=\"search\" placeholder=\"名称 name\" aria-label=\"search names\">");
        Select(html, "f-kind", "kind", records.Select(r => RecordWriters.Name(r.Kind)));
        Select(html, "f-category", "category", records.Select(r => r.Category ?? ""));
        html.Append("<select id=\"f-target\" aria-label=\"target or achieved\"><option value=\"\">target + achieved</option><option value=\"target\">target</option><option value=\"achieved\">achieved</option></select></div>\n");
        html.Append("<p class=\"legend\">").Append(string.Concat(Enum.GetValues<IndicatorKind>().Select(k => $"<span class=\"k-{RecordWriters.Name(k)}\" style=\"background:var(--{RecordWriters.Name(k)})\">{RecordWriters.Name(k)}</span>")))
            .Append("<span style=\"outline:2px dashed #b91c1c\">target</span></p>\n");
    }

    private static void Select(StringBuilder html, string id, string label, IEnumerable<string> values)
    {
        html.Append("<select id=\"").Append(id).Append("\" aria-label=\"").Append(label).Append("\"><option value=\"\">every ").Append(label).Append("</option>");
        foreach (var value in values.Where(v => v.Length > 0).Distinct().Order(StringComparer.Ordinal))
            html.Append("<option>").Append(E(value)).Append("</option>");
        html.Append("</select>");
    }

    private static void Diagnostics(ExtractionResult result, StringBuilder html)
    {
        var low = result.Records.Select((r, i) => (r, i)).Where(x => x.r.Confidence < HtmlTextView.LowConfidence).ToList();
        html.Append("<section id=\"diagnostics\"><h2>To check</h2><ul>");
        foreach (var (record, index) in low)
            html.Append("<li>record ").Append(index).Append(": ").Append(E(record.Text)).Append(" (confidence ").Append(record.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append(")</li>");
        foreach (var diagnostic in result.Diagnostics)
            html.Append("<li>").Append(E(diagnostic.ToString())).Append("</li>");
        html.Append("</ul></section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Read(string resource)
    {
        using var reader = new StreamReader(LexiconResources.Open(resource));
        return reader.ReadToEnd();
    }
}
