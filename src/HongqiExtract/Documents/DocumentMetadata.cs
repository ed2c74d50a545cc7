namespace HongqiExtract.Documents;

/// <summary>What a document says about itself: its title, the year it reports in, its date and region.</summary>
/// <param name="Title">The report's title line, when found.</param>
/// <param name="ReportYear">The year the report was delivered in (2026 for 2026年政府工作报告), decided once for every
/// stage: as stated (title, date line, file name) or overridden, else one after the span its opening reviews
/// (2016年至2020年 → 2021); null when neither gives a plausible year.</param>
/// <param name="Date">The delivery or publication date, when found.</param>
/// <param name="Region">The region the report is about (河南省, 全国), when stated.</param>
/// <param name="Encoding">The character encoding the text was decoded from (utf-8, gb18030, big5, utf-16…).</param>
public sealed record DocumentMetadata(
    string? Title,
    int? ReportYear,
    DateOnly? Date,
    string? Region,
    string Encoding)
{
    /// <summary>The kind of document (work report, communiqué, news article…), as detected.</summary>
    public DocumentKind Kind { get; init; }

    /// <summary>The GB/T 2260 code of <see cref="Region"/> where it is a province-level division (河南省 → 410000); null for the country and others.</summary>
    public string? RegionCode { get; init; }
}
