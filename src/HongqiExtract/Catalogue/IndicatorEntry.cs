namespace HongqiExtract.Catalogue;

/// <summary>What a canonical indicator's level is measured in, for telling a name's meaning by its unit.</summary>
public enum UnitFamily
{
    /// <summary>Money: 元, 亿元, 美元.</summary>
    Currency,
    /// <summary>A rate or share: %.</summary>
    Percent,
    /// <summary>Things counted: 个, 家, 项.</summary>
    Count,
    /// <summary>People: 人, 人次, 户.</summary>
    People,
    /// <summary>Physical measures: 吨, 公里, 亩, 千瓦.</summary>
    Physical,
    /// <summary>An index with no unit.</summary>
    Index,
    /// <summary>Years: 岁, 年.</summary>
    Years,
    /// <summary>A ratio with no unit (城乡居民收入比).</summary>
    Ratio,
}

/// <summary>A canonical indicator of the shipped catalogue (Resources/Catalogue/indicators.tsv).</summary>
/// <param name="Id">The stable snake_case id records carry in <c>indicator_id</c> (gdp, cpi, new_urban_jobs).</param>
/// <param name="Name">The Chinese canonical name.</param>
/// <param name="Aliases">The other written forms that mean exactly this indicator.</param>
/// <param name="UnitFamily">What its level is measured in.</param>
/// <param name="Category">Its domain, one of the 13 category codes.</param>
/// <param name="NbsName">The National Bureau of Statistics' own name for it, where there is one.</param>
public sealed record IndicatorEntry(string Id, string Name, IReadOnlyList<string> Aliases, UnitFamily UnitFamily, string Category, string? NbsName);
