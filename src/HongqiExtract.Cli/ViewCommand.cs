using System.Net;
using System.Text;
using HongqiExtract.Batch;
using HongqiExtract.Documents;
using HongqiExtract.Output.Html;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Cli;

/// <summary>
/// hongqi view INPUT... --output DIR: one self-contained page per document (HtmlReportWriter) and an
/// index.html of them all with their kind, year, region, record count and failures. DIR is created, or
/// reused only when an earlier view made it (its .hongqi-view marker): a folder of someone else's files
/// is never written into.
/// </summary>
internal static class ViewCommand
{
    private const string Marker = ".hongqi-view";

    public static async Task<int> RunAsync(ParsedArguments args, TextWriter stderr)
    {
        args.Allow("--output", "--report-year");
        if (args.Positional.Count == 0) throw new UsageException("view needs at least one INPUT");
        var folder = args.Get("--output") ?? throw new UsageException("view needs --output DIR");
        if (File.Exists(folder)) throw new UsageException($"--output {folder} is a file, not a folder");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !File.Exists(Path.Combine(folder, Marker)))
            throw new UsageException($"--output {folder} holds files hongqi view did not write; give a new or empty folder");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Marker), "written by hongqi view; its pages may be replaced by the next run\n");
        var options = new BatchOptions(args.Positional) { Extractor = new ExtractorOptions(new ReaderOptions(ReportYear: args.GetInt("--report-year"))) };
        var index = new StringBuilder();
        int failed = 0, pages = 0;
        await foreach (var result in new BatchExtractor(options).ExtractAsync().ConfigureAwait(false))
        {
            var entry = result.Entry;
            if (result.Extraction is not { } extraction)
            {
                if (entry.Status == ManifestStatus.Error) { failed++; await stderr.WriteLineAsync($"hongqi: {entry.Doc}: {entry.Error}").ConfigureAwait(false); }
                index.Append("<tr><td>").Append(E(entry.Doc)).Append("</td><td colspan=\"4\">").Append(entry.Status == ManifestStatus.Error ? "failed: " : "skipped: ")
                    .Append(E(entry.Error ?? "")).Append("</td></tr>\n");
                continue;
            }
            string page = $"{++pages:D4}-{SafeName(entry.Doc)}.html";
            await using (var writer = new StreamWriter(Path.Combine(folder, page), false, new UTF8Encoding(false))) HtmlReportWriter.Write(extraction, writer);
            var m = extraction.Document.Metadata;
            index.Append("<tr><td><a href=\"").Append(WebUtility.UrlEncode(page).Replace("+", "%20", StringComparison.Ordinal)).Append("\">").Append(E(m.Title ?? entry.Doc)).Append("</a><br><small>")
                .Append(E(entry.Doc)).Append("</small></td><td>").Append(m.Kind.Code()).Append("</td><td>").Append(m.ReportYear).Append("</td><td>").Append(E(m.Region ?? ""))
                .Append("</td><td class=\"n\">").Append(extraction.Records.Count).Append("</td></tr>\n");
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), Index(index.ToString(), pages, failed)).ConfigureAwait(false);
        await stderr.WriteLineAsync($"hongqi: {pages} pages, {failed} failed → {Path.Combine(folder, "index.html")}").ConfigureAwait(false);
        return failed == 0 ? CommandLine.Ok : CommandLine.SomeFailed;
    }

    private static string Index(string rows, int pages, int failed) =>
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>hongqi view</title>"
        + "<style>body{font-family:\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:20px;color:#1f2937}table{border-collapse:collapse;width:100%}"
        + "th,td{border-bottom:1px solid #e5e7eb;padding:4px 6px;text-align:left}td.n{text-align:right}small{color:#6b7280}</style></head>\n<body><h1>hongqi view</h1>"
        + $"<p>{pages} documents, {failed} failed</p>\n<table><thead><tr><th>document</th><th>kind</th><th>year</th><th>region</th><th>records</th></tr></thead><tbody>\n"
        + rows + "</tbody></table></body></html>\n";

    /// <summary>A file name from a doc id: its last path part, with what file systems refuse replaced.</summary>
    private static string SafeName(string doc)
    {
        var name = Path.GetFileNameWithoutExtension(doc.Split('!', '/', '\\')[^1]);
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return safe.Length == 0 ? "document" : safe[..Math.Min(safe.Length, 80)];
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
