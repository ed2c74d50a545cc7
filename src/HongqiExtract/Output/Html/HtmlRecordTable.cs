using System.Globalization;
using System.Net;
using System.Text;

namespace HongqiExtract.Output.Html;

/// <summary>The records as an HTML table, one row each with what the filters and the script read (data-r, data-kind, data-category, data-target, data-name).</summary>
internal static class HtmlRecordTable
{
    public static void Write(IReadOnlyList<IndicatorRecord> records, StringBuilder html)
    {
        html.Append("<table id=\"records\"><thead><tr><th>#</th><th>name</th><th>value</th><th>unit</th><th>normalized</th><th>period</th><th>qualifier</th>")
            .Append("<th>kind</th><th>target</th><th>category</th><th>indicator</th><th>conf.</th></tr></thead><tbody>\n");
        for (int i = 0; i < records.Count; i++)
        {
            var r = records[i];
            string kind = RecordWriters.Name(r.Kind);
            html.Append("<tr id=\"row-").Append(i).Append("\" data-r=\"").Append(i).Append("\" data-kind=\"").Append(kind)
                .Append("\" data-category=\"").Append(E(r.Category ?? "")).Append("\" data-target=\"").Append(r.IsTarget ? "target" : "achieved")
                .Append("\" data-name=\"").Append(E(r.Name ?? "")).Append('"').Append(r.Confidence < HtmlTextView.LowConfidence ? " class=\"low\"" : "").Append('>');
            Cell(html, i.ToString(CultureInfo.InvariantCulture), numeric: true);
            Cell(html, r.Name ?? "");
            Cell(html, Number(r.Value) + (r.ValueHigh is { } high ? "–" + Number(high) : ""), numeric: true);
            Cell(html, r.Unit);
            Cell(html, Number(r.NormalizedValue) + " " + r.NormalizedUnit, numeric: true);
            Cell(html, Period(r));
            Cell(html, RecordWriters.Name(r.Qualifier));
            Cell(html, kind);
            Cell(html, r.IsTarget ? "target" : "achieved");
            Cell(html, r.Category ?? "");
            Cell(html, r.IndicatorId ?? "");
            Cell(html, r.Confidence.ToString("0.00", CultureInfo.InvariantCulture), numeric: true);
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static string Period(IndicatorRecord r)
    {
        if (r.PeriodEnd is not { } end) return "";
        string years = r.PeriodStart is { } start && start != end ? $"{start}–{end}" : end.ToString(CultureInfo.InvariantCulture);
        return r.PeriodMonths is { } months ? $"{years} ({months.First}–{months.Last}月)" : years;
    }

    private static string Number(decimal value) => RecordWriters.Plain(value).ToString(CultureInfo.InvariantCulture);

    private static void Cell(StringBuilder html, string text, bool numeric = false) =>
        html.Append(numeric ? "<td class=\"n\">" : "<td>").Append(E(text)).Append("</td>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
