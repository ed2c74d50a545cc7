using HongqiExtract.Documents;
namespace HongqiExtract.Recognition;

/// <summary>How a stated value relates to the true one.</summary>
public enum Qualifier
{
    /// <summary>As stated.</summary>
    Exact,
    /// <summary>约, 左右, 上下: about.</summary>
    About,
    /// <summary>近, 将近, 接近: nearly, just under.</summary>
    Nearly,
    /// <summary>余, 多, 以上, 超过, 突破: more than.</summary>
    Over,
    /// <summary>不足, 以下, 以内, 低于: less than.</summary>
    Under,
}

/// <summary>What kind of unit a quantity has.</summary>
public enum UnitCategory
{
    /// <summary>No unit: a bare numeral, or only a scale (71.3万监测对象).</summary>
    None,
    /// <summary>Money: 元, 美元, 欧元….</summary>
    Currency,
    /// <summary>Counting classifiers: 家, 个, 人, 户, 项….</summary>
    Count,
    /// <summary>Physical units: 公里, 吨, 亩, 千瓦….</summary>
    Physical,
    /// <summary>Percent: %, 百分之.</summary>
    Percent,
    /// <summary>Percentage points: 个百分点.</summary>
    Points,
    /// <summary>Multiples: 倍, 翻番.</summary>
    Multiple,
    /// <summary>Tenths: 成 (七成 = 70 %).</summary>
    Tenth,
    /// <summary>Per mille: ‰.</summary>
    Permille,
}

/// <summary>
/// A number with its scale, unit and qualifier, found in text: <c>近1000亿元</c>, <c>百分之十一点八</c>,
/// <c>1.2万余人</c>, <c>翻一番</c>, <c>6%-7%</c>.
/// </summary>
/// <param name="Span">The number-and-unit span (<c>377.9亿元</c>), end exclusive.</param>
/// <param name="MentionSpan">The span with its qualifiers (<c>突破10亿元</c>, <c>400余家</c>).</param>
/// <param name="Value">The number as written, numerals converted, scale not applied (377.9 for 377.9亿元).</param>
/// <param name="ValueHigh">The upper end of a range (6%-7% → 7), else null.</param>
/// <param name="Unit">The unit as written, scale characters included (<c>亿元</c>, <c>万人</c>, <c>%</c>).</param>
/// <param name="Scale">The factor of the scale characters (1e8 for 亿), 1 when there are none.</param>
/// <param name="NormalizedValue">Value × scale (× 10 for 成).</param>
/// <param name="NormalizedUnit">The unit without scale, money as ISO 4217 (CNY), % for percent, pp for points, x for multiples.</param>
/// <param name="Qualifier">Exact, about, nearly, over or under.</param>
/// <param name="Category">The unit's kind.</param>
/// <param name="NotIndicator">Why this number is not an indicator (a year, a date, an ordinal, a plan name, part of a name); null when it may be one.</param>
public sealed record Quantity(
    TextSpan Span,
    TextSpan MentionSpan,
    decimal Value,
    decimal? ValueHigh,
    string Unit,
    decimal Scale,
    decimal NormalizedValue,
    string NormalizedUnit,
    Qualifier Qualifier,
    UnitCategory Category,
    string? NotIndicator)
{
    /// <summary>The upper end of a range, normalized like <see cref="NormalizedValue"/>.</summary>
    public decimal? NormalizedValueHigh => ValueHigh is { } high ? NormalizedValue / (Value == 0 ? 1 : Value) * high : null;
}
