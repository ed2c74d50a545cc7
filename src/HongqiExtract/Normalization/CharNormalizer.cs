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

    /// <summary>Normalizes a string character by character; the result has the same length.</summary>
    /// <param name="text">The text to normalize.</param>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (dest, src) =>
        {
            for (int i = 0; i < src.Length; i++) dest[i] = Normalize(src[i]);
        });
    }
}
