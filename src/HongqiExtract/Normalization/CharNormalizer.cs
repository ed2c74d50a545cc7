using HongqiExtract.Lexicons;

namespace HongqiExtract.Normalization;

/// <summary>
/// Maps full-width digits, letters and number punctuation to ASCII, one character for one, so that
/// offsets in the normalized text equal offsets before it. Chinese punctuation (，。、：；) is kept:
/// it carries the sentence structure.
/// </summary>
public static class CharNormalizer
{
    /// <summary>The normalized form of one character.</summary>
    /// <param name="c">A character of the source.</param>
    public static char Normalize(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        '％' => '%',
        '．' => '.',
        '﹪' => '%',
        '‰' => '‰',
        '＋' => '+',
        '－' => '-',
        '／' => '/',
        '～' => '~',
        '\u00A0' => ' ',
        _ => c,
    };

    /// <summary>
    /// Every character <see cref="Normalize(char)"/> changes, derived from it so the two cannot disagree;
    /// a table, because SearchValues of these full-width characters is a software fallback in a native
    /// build for the baseline x64 instruction set (a tenth of the tool's time there).
    /// </summary>
    private static readonly CharTable Changed = new(c => Normalize(c) != c);

    /// <summary>Normalizes a string character by character; the result has the same length (it is <paramref name="text"/> itself when nothing changes).</summary>
    /// <param name="text">The text to normalize.</param>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most of a report needs no change: find the first character that does, four characters a step.
        int first = Changed.IndexIn(text);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (dest, state) =>
        {
            var (src, at) = state;
            src.AsSpan(0, at).CopyTo(dest);
            while (at < src.Length)
            {
                dest[at] = Normalize(src[at]);
                at++;
                int next = Changed.IndexIn(src.AsSpan(at));
                int end = next < 0 ? src.Length : at + next;
                src.AsSpan(at, end - at).CopyTo(dest[at..]);
                at = end;
            }
        });
    }
}
