using HongqiExtract.Documents;
namespace HongqiExtract.Structure;

/// <summary>
/// Clause boundaries inside a sentence, the one place they are decided: a clause ends at ，、： (and
/// , :) outside quotes and brackets; binding looks back to the last hard delimiter (，；：。！？…—)
/// for where a name can start and ahead to the next one (or 、) for what a count counts.
/// </summary>
public static class Clauses
{
    /// <summary>Punctuation that ends the text a name is read from.</summary>
    private const string HardDelimiters = "，,；;：:。！？!?\n…—";

    /// <summary>The clauses of a sentence: split at ，、：, outside quotes and brackets.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="span">The sentence's span.</param>
    public static List<TextSpan> Split(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TextSpan>();
        int start = span.Start, depth = 0;
        for (int i = span.Start; i < span.End; i++)
        {
            char c = text[i];
            if (c is '“' or '（' or '(' or '《') { depth++; continue; }
            if (c is '”' or '）' or ')' or '》') { if (depth > 0) depth--; continue; }
            if (depth == 0 && c is '，' or '、' or '：' or ',' or ':' && !IsDigitGroupComma(text, i, span.Start, span.End))
            {
                Add(result, text, start, i + 1);
                start = i + 1;
            }
        }
        Add(result, text, start, span.End);
        return result;
    }

    /// <summary>
    /// Where the clause holding <paramref name="before"/> starts: just after the last hard delimiter
    /// before it, outside brackets and quotes, and no earlier than <paramref name="floor"/>.
    /// </summary>
    internal static int StartBefore(string text, int floor, int before)
    {
        int depth = 0;
        for (int k = before - 1; k >= floor; k--)
        {
            char c = text[k];
            if (c is '”' or '）' or ')' or '》') depth++;
            else if (c is '“' or '（' or '(' or '《') { if (depth > 0) depth--; }
            else if (depth == 0 && HardDelimiters.Contains(c, StringComparison.Ordinal) && !IsDigitGroupComma(text, k, floor + 1, text.Length))
                return k + 1;
        }
        return floor;
    }

    /// <summary>The first hard delimiter or 、 at or after <paramref name="from"/>, or <paramref name="limit"/>.</summary>
    internal static int EndAfter(string text, int from, int limit)
    {
        int k = from;
        while (k < limit && k < text.Length && !HardDelimiters.Contains(text[k], StringComparison.Ordinal) && text[k] != '、') k++;
        return k;
    }

    /// <summary>1,100: a comma between digits groups them; it ends no clause.</summary>
    private static bool IsDigitGroupComma(string text, int at, int lowest, int end) =>
        text[at] == ',' && at >= lowest && at > 0 && at + 1 < end && char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1]);

    private static void Add(List<TextSpan> result, string text, int start, int end)
    {
        var span = TextSpan.Trimmed(text, start, end);
        if (span.Length > 0) result.Add(span);
    }
}
