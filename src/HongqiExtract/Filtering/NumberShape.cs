using HongqiExtract.Recognition.Units;

namespace HongqiExtract.Filtering;

/// <summary>How a recognized number is written, as the recognizer found it: what the not-an-indicator rules read.</summary>
/// <param name="NumberStart">Where its numeral starts (after 数 in 数十).</param>
/// <param name="RunLength">The length of its numeral run, scale characters included (千亿 in 千亿斤).</param>
/// <param name="UnitEnd">Where its unit ends.</param>
/// <param name="MentionEnd">Where its qualifiers after the unit end (以上, 左右).</param>
/// <param name="End">The end of the text scanned.</param>
/// <param name="Floor">The start of the text scanned.</param>
/// <param name="Unit">Its unit, or null.</param>
/// <param name="HasScale">Whether scale characters (万, 亿) follow the number.</param>
/// <param name="Value">Its value (10 for a range, which is never a small enumeration).</param>
/// <param name="Several">Whether it is written 数十, 数百: several.</param>
internal readonly record struct NumberShape(int NumberStart, int RunLength, int UnitEnd, int MentionEnd, int End, int Floor,
    UnitEntry? Unit, bool HasScale, decimal Value, bool Several);
