using HongqiExtract.Lexicons;
using HongqiExtract.Normalization;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Numbers;

namespace HongqiExtract.Filtering;

/// <summary>
/// Why a number is no indicator: an ordinal (第三), part of a quoted name or slogan (“千项万亿”), a
/// programme or product name (万亩良田, 12英寸产线), a rating (万吨级), a threshold inside a name
/// (亿元以上项目), a duration (3个月) or a small enumeration (四个强省). The recognizer asks these rules
/// of every number it finds; <see cref="IndicatorFilter"/> drops what they reject. Words come from
/// Resources/Filtering/not-indicators.txt.
/// </summary>
internal static class NotIndicatorRules
{
    /// <summary>Why the number is no indicator, or null when it may be one.</summary>
    public static string? Reason(string text, in NumberShape n)
    {
        var cues = CueLexicon<FilterCue>.Shared;
        var unit = n.Unit;
        char before = n.NumberStart > n.Floor ? text[n.NumberStart - 1] : '\0';
        char first = text[n.NumberStart];
        bool chinese = NumeralChars.IsChineseNumeral(first);
        if (cues.Is(FilterCue.OrdinalMarkers, before) && !(unit is not null && cues.Is(FilterCue.RankUnits, unit.Unit))) return "ordinal";
        // “十项重大工程”, “千项万亿”, “四个强省”: a number opening a quotation is part of a name or slogan.
        if (before is '“' or '「' or '《' && chinese && (n.UnitEnd >= n.End || text[n.UnitEnd] is not ('”' or '」' or '》'))) return "part of a quoted name";
        if (unit is null && !n.HasScale && !IsNamedRatio(text, n.NumberStart, n.Floor)) return "no unit";
        if (PartOfName(text, n) is { } name) return name;
        // 连续19个季度, 3个月: a count of time is a duration.
        if (unit is { Category: UnitCategory.Count } && StartsWithAny(text, n.UnitEnd, n.End, FilterCue.DurationNouns)) return "duration";
        // 0—6岁儿童, 65岁及以上老年人, 满3岁: an age that names a group or a threshold, not a measured age (人均预期寿命达到78岁).
        if (unit is not null && cues.Is(FilterCue.AgeUnits, unit.Unit)
            && (cues.Is(FilterCue.AgeThresholdMarkers, before) || (n.MentionEnd < n.End && ChineseText.IsIdeograph(text[n.MentionEnd]) && !StartsWithAny(text, n.MentionEnd, n.End, FilterCue.FollowingVerbs))))
            return "age group";
        // 四个强省, 一个家园, 三位一体, 一次: small Chinese counts are enumerations and slogans.
        if (chinese && !n.HasScale && unit is { Category: UnitCategory.Count } && n.Value < 10) return "enumeration";
        // 十三届十次全会: a meeting's number.
        if (chinese && unit is not null && cues.Is(FilterCue.SessionUnits, unit.Unit)) return "ordinal";
        return null;
    }

    /// <summary>A programme or product name, a rating or a threshold the number is part of, or null.</summary>
    private static string? PartOfName(string text, in NumberShape n)
    {
        var cues = CueLexicon<FilterCue>.Shared;
        var unit = n.Unit;
        char after = n.UnitEnd < n.End ? text[n.UnitEnd] : '\0';
        bool nounFollows = n.MentionEnd == n.UnitEnd && ChineseText.IsIdeograph(after) && !StartsWithAny(text, n.UnitEnd, n.End, FilterCue.FollowingVerbs);
        // 千亿斤粮食产能提升行动, 万亩良田: a bare unit numeral with a measure right before a noun names a programme
        // (a count before its noun is ordinary counting: 上千万家经营主体).
        if (NumeralChars.Classify(text[n.NumberStart]) is NumeralClass.SmallUnit or NumeralClass.BigUnit && n.RunLength <= 3
            && unit is { Category: UnitCategory.Physical or UnitCategory.Currency } && !n.Several && nounFollows
            && !cues.StartsWithAny(FilterCue.ProgrammeFollowers, text.AsSpan(n.UnitEnd, n.End - n.UnitEnd)))
            return "part of a name";
        // 百亿元级产业集群, 25兆瓦级, 万吨级: a rating that is part of a name.
        if (StartsWithAny(text, n.UnitEnd, n.End, FilterCue.RatingSuffixes)) return "part of a name (级)";
        // 亿元以上项目, 20户以上自然村: a threshold in front of a noun; after 覆盖 or 惠及 it is the amount of the noun (覆盖95%以上行政村).
        if (n.MentionEnd > n.UnitEnd && !cues.EndsWithAny(FilterCue.QuantifyingVerbs, text.AsSpan(n.Floor, n.NumberStart - n.Floor)) && n.MentionEnd < n.End && cues.Is(FilterCue.ThresholdWords, text.AsSpan(n.UnitEnd, n.MentionEnd - n.UnitEnd))
            && ChineseText.IsIdeograph(text[n.MentionEnd]) && !cues.Is(FilterCue.ThresholdFollowers, text[n.MentionEnd])
            && !StartsWithAny(text, n.MentionEnd, n.End, FilterCue.FollowingVerbs))
            return "threshold inside a name";
        // 12英寸产线, 10米液压支架: a size or rating right before a noun.
        if (!n.HasScale && unit is { Category: UnitCategory.Physical } && HasDimensionCharacter(unit.Unit)
            && nounFollows && !cues.Is(FilterCue.SizeFollowers, after))
            return "size inside a name";
        return null;
    }

    /// <summary>
    /// 城乡居民收入比值由3.27缩小至2.93, 发展指数为0.65: a number with no unit is a value where a ratio or
    /// an index is named right before it, through a link (由, 为, 缩小至), and for the second value of a
    /// change past the first.
    /// </summary>
    public static bool IsNamedRatio(string text, int numberStart, int floor)
    {
        var cues = CueLexicon<FilterCue>.Shared;
        int at = numberStart;
        for (int step = 0; step < 2; step++)
        {
            if (cues.EndingOf(FilterCue.RatioLinks, text.AsSpan(floor, at - floor)) is not { } link) return false;
            at -= link.Length;
            if (cues.EndsWithAny(FilterCue.RatioNouns, text.AsSpan(floor, at - floor))) return true;
            // 由3.27缩小至…, 从2.50:1缩小至…: past the first value (and its :1) to the name before it.
            int first = at;
            if (first - 2 > floor && text[first - 1] == '1' && text[first - 2] is ':' or '∶') first -= 2;
            while (first > floor && (char.IsAsciiDigit(text[first - 1]) || text[first - 1] == '.')) first--;
            if (first == at) return false;
            at = first;
        }
        return false;
    }

    private static bool HasDimensionCharacter(string unit)
    {
        foreach (char c in unit)
            if (CueLexicon<FilterCue>.Shared.Is(FilterCue.DimensionUnitCharacters, c)) return true;
        return false;
    }

    private static bool StartsWithAny(string text, int at, int end, FilterCue group) =>
        at <= end && CueLexicon<FilterCue>.Shared.StartsWithAny(group, text.AsSpan(at, end - at));
}
