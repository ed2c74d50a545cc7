using HongqiExtract.Documents;
using System.Text.RegularExpressions;

namespace HongqiExtract.Structure;

/// <summary>Finds a report's title, year, date and region in its first lines (and in HTML metadata).</summary>
internal static partial class MetadataExtractor
{
    /// <summary>How many first lines are searched for the title, date and region.</summary>
    public const int HeadLines = 40;

    [GeneratedRegex(@"((?:19|20)[0-9]{2})\s*年[^\n]{0,30}?(政府工作报告|统计公报|规划纲要|国民经济和社会发展|工作报告|公报|纲要)")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"[—\-－（(]{1,2}\s*((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日在")]
    private static partial Regex DeliveryDate();

    [GeneratedRegex(@"^(?:时间|日期|发布时间|发布日期)[：:]\s*((?:19|20)[0-9]{2})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})")]
    private static partial Regex PublishedDate();

    [GeneratedRegex(@"((?:19|20)[0-9]{2})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})")]
    private static partial Regex AnyDate();

    // A news page's date line: 2026年08月11日 星期二, or 2026-02-04 07:19:08 under a headline.
    [GeneratedRegex(@"^((?:19|20)[0-9]{2})(?:年|-)([0-9]{1,2})(?:月|-)([0-9]{1,2})日?(?:\s*星期[一二三四五六日天]|\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|\s*$)")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"日在(.{2,12}?(?:省|市|自治区|区|县|州))?第[一二三四五六七八九十]+届(全国)?")]
    private static partial Regex CongressRegion();

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex YearInName();

    // 河南省政府工作报告, 2025年福州市国民经济和社会发展统计公报, 洛阳市2025年统计公报, …第十五个五年规划纲要.
    [GeneratedRegex(@"^(?:(?:19|20)[0-9]{2}年)?(.{2,12}?(?:省|市|自治区|特别行政区|区|县|州|盟|旗))(?:(?:19|20)[0-9]{2}年度?)?(?:人民)?(?:政府工作报告|(?:国民经济和社会发展)?统计公报|国民经济和社会发展第.{1,3}个五年规划)")]
    private static partial Regex RegionInTitle();

    public static DocumentMetadata Extract(IReadOnlyList<string> firstLines, string? htmlTitle, string? htmlDate, string documentId, string encoding)
    {
        string? title = null;
        int? year = null;
        DateOnly? date = null;

        foreach (var candidate in htmlTitle is null ? firstLines.Take(HeadLines) : firstLines.Take(HeadLines).Prepend(htmlTitle))
        {
            var line = candidate.Trim();
            if (title is null && TitleYear().Match(line) is { Success: true } m && line.Length <= 60)
            {
                title = line;
                year = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            if (date is null && (DeliveryDate().Match(line) is { Success: true } d || PublishedDate().Match(line) is { Success: true } d2 && (d = d2) is not null))
            {
                date = ToDate(d);
            }
        }
        // A date standing alone on one of the first lines dates the page, where no delivery line did.
        foreach (var line in firstLines.Take(8))
        {
            if (date is not null) break;
            if (DateLine().Match(line.Trim()) is { Success: true } alone) date = ToDate(alone);
        }
        if (date is null && htmlDate is not null && AnyDate().Match(htmlDate) is { Success: true } hd) date = ToDate(hd);
        title ??= htmlTitle
            ?? firstLines.FirstOrDefault(l => IsTitleLike(l) && (l.Contains("报告", StringComparison.Ordinal) || l.Contains("公报", StringComparison.Ordinal) || l.Contains("纲要", StringComparison.Ordinal)))?.Trim()
            ?? firstLines.FirstOrDefault(IsTitleLike)?.Trim();
        // A report delivered in a year reports in that year; the file name is the last resort (2026_河南省_政府工作报告.csv).
        year ??= date?.Year;
        if (year is null && YearInName().Match(Path.GetFileName(documentId)) is { Success: true } y)
            year = int.Parse(y.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        // A report year the period rules cannot use (1900年 in a title-like line) is no report year.
        if (year is { } y0 && !Recognition.Periods.PeriodRecognizer.IsPlausibleYear(y0, null)) year = null;
        var kind = DocumentKindDetector.Detect(title, firstLines);
        string? region = FindRegion(title, firstLines);
        // A news headline names its place first (唐山高质量发展迈出坚实步伐): a known province or prefecture.
        if (region is null && kind == DocumentKind.News)
            region = firstLines.Take(8).Where(IsTitleLike).Select(l => RegionCodes.LeadingRegion(l.Trim())).FirstOrDefault(r => r is not null);
        return new DocumentMetadata(title, year, date, region, encoding) { Kind = kind, RegionCode = RegionCodes.Of(region) };
    }

    /// <summary>A title is short, has no clause punctuation and is not a page marker.</summary>
    private static bool IsTitleLike(string line)
    {
        var t = line.Trim();
        return t.Length is > 3 and <= 40 && t.IndexOfAny(['，', ',', '。', '：']) < 0 && !PageMarkers.IsPageMarker(t);
    }

    private static string? FindRegion(string? title, IReadOnlyList<string> firstLines)
    {
        if (title is not null)
        {
            if (title.Contains("国务院", StringComparison.Ordinal)) return "全国";
            var m = RegionInTitle().Match(title);
            if (m.Success) return m.Groups[1].Value;
        }
        // The delivery line names the congress: ——2026年1月26日在广东省第十四届人民代表大会…
        foreach (var line in firstLines.Take(HeadLines))
        {
            var congress = CongressRegion().Match(line);
            if (!congress.Success) continue;
            if (congress.Groups[1].Success) return congress.Groups[1].Value;
            if (congress.Groups[2].Success) return "全国";
        }
        return null;
    }

    private static DateOnly? ToDate(Match m)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        int y = int.Parse(m.Groups[1].Value, inv), mo = int.Parse(m.Groups[2].Value, inv), d = int.Parse(m.Groups[3].Value, inv);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }
}
