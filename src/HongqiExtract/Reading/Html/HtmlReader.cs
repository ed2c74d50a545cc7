using HongqiExtract.Documents;

namespace HongqiExtract.Reading.Html;

/// <summary>Reads an HTML page's main content (navigation, scripts and widgets left out), its headings, title and date.</summary>
internal sealed class HtmlReader : IReportReader
{
    /// <summary>How much of the start of a page is sniffed for markup.</summary>
    private const int SniffLength = 2048;

    public string Format => "html";

    public bool CanRead(SourceContent content)
    {
        if (content.Format != SourceFormat.Auto) return content.Format == SourceFormat.Html;
        var head = content.Text.AsSpan(0, Math.Min(content.Text.Length, SniffLength)).TrimStart();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<", StringComparison.Ordinal) && (head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase)));
    }

    public ReportDocument Read(SourceContent content)
    {
        string decoded = content.Text;
        var builder = content.CreateBuilder();
        HtmlContent html;
        if (HtmlDepthGuard.Depth(decoded) is var depth && depth > HtmlDepthGuard.MaxDepth)
        {
            // A parser's tree walk grows faster than quadratic with nesting: such a page is read as tag-stripped text.
            builder.AddDiagnostic(new Diagnostic(DiagnosticCode.HtmlFlattened, $"HTML nested {depth:N0} elements deep (more than {HtmlDepthGuard.MaxDepth}): read as flattened text"));
            html = HtmlDepthGuard.Flatten(decoded);
        }
        else html = HtmlTextExtractor.Extract(decoded);
        builder.Title = html.Title;
        builder.Date = html.Date;
        foreach (var block in html.Blocks)
        {
            if (block.Table is { } table) builder.AddTable(table);
            else if (block.HeadingLevel > 0) builder.AddHeading(block.Text, block.HeadingLevel);
            else builder.AddParagraph(block.Text);
        }
        if (builder.IsEmpty) throw new ReportReadException(content.Id, "the HTML page holds no text content");
        return builder.Build();
    }
}
