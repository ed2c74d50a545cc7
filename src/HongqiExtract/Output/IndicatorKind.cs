namespace HongqiExtract.Output;

/// <summary>What an indicator's value states.</summary>
public enum IndicatorKind
{
    /// <summary>A level: 经济总量达377.9亿元.</summary>
    Level,
    /// <summary>A change from one level to another: 从5家增至25家.</summary>
    Change,
    /// <summary>A net increase or decrease: 新增养老机构33个, 减少1500亿元.</summary>
    Increase,
    /// <summary>A rate of change: 增长65%, 下降2.7%.</summary>
    Growth,
    /// <summary>A share of a whole: 占比达85%.</summary>
    Share,
    /// <summary>A multiple: 增长1.4倍, 翻一番.</summary>
    Multiple,
    /// <summary>A rank: 位居全市第1名.</summary>
    Rank,
}
