namespace HongqiExtract.Reading;

/// <summary>
/// Whether bytes of double-byte Chinese read better as Big5 than as GB18030, from the bytes alone: the
/// share of their two-byte characters that fall in each standard's block of frequent characters
/// (GB2312's level 1, B0A1–D7F9, the 3,755 commonest simplified characters; Big5's 常用字, A440–C67E,
/// 5,401 traditional ones). Read in the right encoding, 85–95 % of a report's two-byte characters
/// lie in its block; read in the other, 10–50 %. A pass over the bytes, where a general charset
/// detector spent about 2 ms a file on probers for every script.
/// </summary>
internal static class DoubleByteGuess
{
    /// <summary>How much of a file is read: tens of thousands of characters decide it as well as a whole book.</summary>
    private const int SampleBytes = 64 * 1024;

    /// <summary>
    /// True when a larger share of the two-byte characters is frequent read as Big5 than read as
    /// GB18030; equal shares (as with no two-byte characters at all) are GB18030's, the mainland's encoding.
    /// </summary>
    public static bool MoreLikelyBig5(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var (gbFrequent, gbCharacters) = CountGb18030(sample);
        var (big5Frequent, big5Characters) = CountBig5(sample);
        // a/b > c/d without division: a·d > c·b (each count is at most half the 64 KB sample, so the products fit a long).
        return (long)big5Frequent * gbCharacters > (long)gbFrequent * big5Characters;
    }

    /// <summary>GB18030's two-byte characters (lead 81–FE, trail 40–FE but 7F) and how many are GB2312 level 1; four-byte ones count as characters.</summary>
    internal static (int Frequent, int Characters) CountGb18030(ReadOnlySpan<byte> bytes)
    {
        int frequent = 0, characters = 0;
        for (int i = 0; i < bytes.Length;)
        {
            byte lead = bytes[i];
            if (lead is < 0x81 or 0xFF || i + 1 == bytes.Length) { i++; continue; }
            byte trail = bytes[i + 1];
            if (trail is >= 0x30 and <= 0x39) { characters++; i += 4; continue; }
            if (trail is < 0x40 or 0x7F or 0xFF) { i++; continue; }
            characters++;
            if (lead is >= 0xB0 and <= 0xD7 && trail >= 0xA1 && !(lead == 0xD7 && trail > 0xF9)) frequent++;
            i += 2;
        }
        return (frequent, characters);
    }

    /// <summary>Big5's two-byte characters (lead 81–FE, trail 40–7E or A1–FE) and how many are among its 常用字.</summary>
    internal static (int Frequent, int Characters) CountBig5(ReadOnlySpan<byte> bytes)
    {
        int frequent = 0, characters = 0;
        for (int i = 0; i < bytes.Length;)
        {
            byte lead = bytes[i];
            if (lead is < 0x81 or 0xFF || i + 1 == bytes.Length) { i++; continue; }
            byte trail = bytes[i + 1];
            if (trail is not ((>= 0x40 and <= 0x7E) or (>= 0xA1 and <= 0xFE))) { i++; continue; }
            characters++;
            if (lead is >= 0xA4 and <= 0xC5 || (lead == 0xC6 && trail <= 0x7E)) frequent++;
            i += 2;
        }
        return (frequent, characters);
    }
}
