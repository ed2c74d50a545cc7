using HongqiExtract.Output.Html;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using Microsoft.Playwright;

namespace HongqiExtract.Tests.Output;

/// <summary>
/// The audit page (HtmlReportWriter, hongqi view), loaded in Debian's Chromium through Playwright: every
/// record has a marked span that holds its text, a row selects its span and a span its row, the filters
/// hide rows, and report text that holds a script is shown, never run.
/// </summary>
public sealed class ViewPageTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-view-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Page(ExtractionResult result, string name)
    {
        var path = Path.Combine(_dir, name);
        using (var writer = new StreamWriter(path)) HtmlReportWriter.Write(result, writer);
        return path;
    }

    private static async Task<(IPlaywright, IBrowser, IPage)> OpenAsync(string path)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: .ci/run installs Debian's chromium (apt-get install chromium)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        return (playwright, browser, page);
    }

    [Fact]
    public async Task Every_record_of_the_sample_has_a_marked_span_and_rows_and_spans_select_each_other()
    {
        var result = new IndicatorExtractor().Extract(ReportSource.FromFile(Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt")));
        Assert.True(result.Records.Count >= 30);
        var (playwright, browser, page) = await OpenAsync(Page(result, "sample.html"));
        using (playwright)
        await using (browser)
        {
            Assert.Equal(result.Records.Count, await page.Locator("#records tbody tr").CountAsync());
            for (int i = 0; i < result.Records.Count; i++)
            {
                var record = result.Records[i];
                var mark = page.Locator($"mark[data-r~=\"{i}\"]");
                Assert.Equal(1, await mark.CountAsync());
                // The mark shows the number and unit as the document writes them.
                Assert.Contains(result.Document.PlainText[record.Start..record.End], await mark.TextContentAsync() ?? "", StringComparison.Ordinal);
            }
            await page.Locator("#row-5").ClickAsync();
            Assert.Contains("selected", await page.Locator("mark[data-r~=\"5\"]").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            Assert.Contains("selected", await page.Locator("#row-5").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            await page.Locator("mark[data-r~=\"12\"]").ClickAsync();
            Assert.Contains("selected", await page.Locator("#row-12").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain("selected", await page.Locator("#row-5").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            // Filtering by kind hides the other rows and dims their spans.
            await page.Locator("#f-kind").SelectOptionAsync("growth");
            int growth = result.Records.Count(r => r.Kind == HongqiExtract.Output.IndicatorKind.Growth);
            Assert.Equal(growth, await page.Locator("#records tbody tr:not([hidden])").CountAsync());
            Assert.Equal(result.Records.Count - growth, await page.Locator("mark.dim").CountAsync());
        }
    }

    [Fact]
    public async Task Report_text_that_holds_a_script_is_shown_as_text_and_never_run()
    {
        const string hostile = "2025年工作回顾\n<script>window.__ran = 1</script><img src=x onerror=\"window.__ran = 2\">全年地区生产总值6.66万亿元，增长5.6%。";
        var result = new IndicatorExtractor().Extract(ReportSource.FromString(hostile, "<script>alert(1)</script>.txt", SourceFormat.PlainText));
        var path = Page(result, "hostile.html");
        var html = File.ReadAllText(path);
        Assert.DoesNotContain("<script>window.__ran", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var (playwright, browser, page) = await OpenAsync(path);
        using (playwright)
        await using (browser)
        {
            Assert.True(await page.EvaluateAsync<bool>("() => window.__ran === undefined"));
            Assert.Contains("<script>window.__ran = 1</script>", await page.Locator("#text").TextContentAsync() ?? "", StringComparison.Ordinal);
            Assert.Equal(2, await page.Locator("mark[data-r]").CountAsync());
        }
    }
}

/// <summary>hongqi view: a page per document and an index, in a folder it made, never in someone else's.</summary>
public sealed class ViewCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-viewcmd-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task View_writes_an_index_and_a_page_per_document_and_refuses_a_folder_it_did_not_make()
    {
        var sample = Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt");
        var broken = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(broken, "");
        var output = Path.Combine(_dir, "view");
        var err = new StringWriter();
        Assert.Equal(1, await HongqiExtract.Cli.CommandLine.RunAsync(["view", sample, broken, "-o", output], new StringWriter(), err));
        var index = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("0001-dev-01-hongqi-district-5-years.html", index, StringComparison.Ordinal);
        Assert.Contains("failed: ", index, StringComparison.Ordinal);
        Assert.Contains("<mark ", File.ReadAllText(Path.Combine(output, "0001-dev-01-hongqi-district-5-years.html")), StringComparison.Ordinal);
        // A second run may reuse its own folder; a folder of other files is refused and left as it was.
        Assert.Equal(0, await HongqiExtract.Cli.CommandLine.RunAsync(["view", sample, "-o", output], new StringWriter(), err));
        var foreign = Path.Combine(_dir, "foreign");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "index.html"), "mine");
        Assert.Equal(2, await HongqiExtract.Cli.CommandLine.RunAsync(["view", sample, "-o", foreign], new StringWriter(), err));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(foreign, "index.html")));
    }
}
