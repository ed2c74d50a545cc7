using System.Text.RegularExpressions;

namespace HongqiExtract.Documents;

/// <summary>
/// The lines that stand beside a table in every format: its caption (表1 …), a unit line between the
/// caption and the rows (单位：亿元), and its notes (注：…). Readers use them to attach such lines to the
/// table they belong to.
/// </summary>
internal static partial class TableLines
{
    /// <summary>Captions are short; a sentence that starts with 表 is prose.</summary>
    internal const int MaxCaptionLength = 80;

    [GeneratedRegex(@"^表\s*[0-9０-９一二三四五六七八九十]+(?:[\s\u3000:：、.．]|$)")]
    private static partial Regex CaptionPattern();

    [GeneratedRegex(@"^[（(]?\s*(?:计量)?单位\s*[:：]")]
    private static partial Regex UnitLinePattern();

    [GeneratedRegex(@"^(?:注|说明|备注|资料来源)\s*[0-9０-９①-⑩]*\s*[:：.．、]")]
    private static partial Regex NotePattern();

    /// <summary>Whether a line is a table's caption (表1 2025年主要农产品产量).</summary>
    public static bool IsCaption(string line) => line.Length <= MaxCaptionLength && !line.Contains('。') && CaptionPattern().IsMatch(line);

    /// <summary>Whether a line only gives the unit of the table under it (单位：亿元).</summary>
    public static bool IsUnitLine(string line) => line.Length <= MaxCaptionLength && UnitLinePattern().IsMatch(line);

    /// <summary>Whether a cell starts with a number (5.66, -0.4, 85.26万吨, full-width digits too): what makes a table hold data.</summary>
    public static bool StartsWithNumber(ReadOnlySpan<char> cell) =>
        cell.Length > 0 && (IsDigit(cell[0]) || (cell.Length > 1 && cell[0] is '-' or '−' or '－' && IsDigit(cell[1])));

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    /// <summary>Whether a line is a note under a table (注：…, 说明：…, 资料来源：…).</summary>
    public static bool IsNote(string line) => NotePattern().IsMatch(line);
}
