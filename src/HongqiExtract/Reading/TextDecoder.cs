using System.Text;

namespace HongqiExtract.Reading;

/// <summary>Decodes report bytes, detecting the encoding from the bytes (never from a file name).</summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding Strict(string name) =>
        Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static (string Text, string EncodingName) Decode(byte[] bytes, string input) => Decode(bytes, input, out _);

    /// <summary>Decodes; <paramref name="diagnostic"/> says what was repaired (a few invalid bytes in UTF-8 text), else null.</summary>
    public static (string Text, string EncodingName) Decode(byte[] bytes, string input, out string? diagnostic)
    {
        diagnostic = null;
        if (bytes.Length == 0) throw new ReportReadException(input, "the input is empty");

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (DecodeWith(StrictUtf8, bytes, 3, input, "utf-8"), "utf-8");
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (DecodeWith(Strict("utf-16"), bytes, 2, input, "utf-16le"), "utf-16le");
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (DecodeWith(Strict("utf-16BE"), bytes, 2, input, "utf-16be"), "utf-16be");

        if (LooksLikeUtf16WithoutBom(bytes, out bool bigEndian))
        {
            var name = bigEndian ? "utf-16BE" : "utf-16";
            return (DecodeWith(Strict(name), bytes, 0, input, name), bigEndian ? "utf-16be" : "utf-16le");
        }

        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
            throw new ReportReadException(input, "binary content (NUL bytes): not a text or HTML document");

        if (TryDecodeUtf8(bytes, out var utf8)) return (utf8, "utf-8");
        if (Utf8Repair.TryRepair(bytes, out var repaired, out var invalidOffsets))
        {
            diagnostic = $"invalid UTF-8 bytes replaced with U+FFFD at byte offset{(invalidOffsets.Count > 1 ? "s" : "")} {string.Join(", ", invalidOffsets)}";
            return (repaired, "utf-8");
        }

        // GB18030 first, as reports from the mainland are far more common; Big5 first where its frequent
        // characters make up more of the text than GB2312's do.
        string[] order = DoubleByteGuess.MoreLikelyBig5(bytes) ? ["big5", "gb18030"] : ["gb18030", "big5"];
        foreach (var name in order)
        {
            bool decoded = name == "gb18030" && Gb18030Table.TryDecode(bytes, out var text) || TryDecode(Strict(name), bytes, out text);
            if (decoded && LooksLikeChineseText(text)) return (text, name);
        }
        throw new ReportReadException(input, "the encoding could not be detected (not UTF-8, UTF-16, GB18030 or Big5)");
    }

    private static string DecodeWith(Encoding encoding, byte[] bytes, int skip, string input, string name)
    {
        try { return encoding.GetString(bytes, skip, bytes.Length - skip); }
        catch (DecoderFallbackException e) { throw new ReportReadException(input, $"invalid {name} bytes at offset {e.Index + skip}", e); }
    }

    /// <summary>
    /// Strict UTF-8 in one pass: transcoded into a pooled buffer (UTF-8 never has more UTF-16 units than
    /// bytes) and copied, where <c>GetString</c> validates and counts in a pass of its own first.
    /// </summary>
    private static bool TryDecodeUtf8(byte[] bytes, out string text)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out int written, replaceInvalidSequences: false);
            text = status == System.Buffers.OperationStatus.Done ? new string(buffer, 0, written) : "";
            return status == System.Buffers.OperationStatus.Done;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool TryDecode(Encoding encoding, byte[] bytes, out string text)
    {
        try { text = encoding.GetString(bytes); return true; }
        catch (DecoderFallbackException) { text = ""; return false; }
    }

    /// <summary>UTF-16 without a BOM: ASCII-range characters leave a NUL on one side of many pairs.</summary>
    private static bool LooksLikeUtf16WithoutBom(byte[] bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        int n = Math.Min(bytes.Length, 8192), evenZeros = 0, oddZeros = 0;
        for (int i = 0; i + 1 < n; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        int pairs = n / 2;
        // GB18030, Big5 and UTF-8 text never holds NUL; NULs all on one side of the pairs is UTF-16's mark.
        int threshold = Math.Max(2, pairs / 50);
        // (CJK characters such as 一 U+4E00 put a NUL on the other side now and then, so compare, don't forbid.)
        if (oddZeros >= threshold && evenZeros * 4 < oddZeros) return true;
        if (evenZeros >= threshold && oddZeros * 4 < evenZeros) { bigEndian = true; return true; }
        return false;
    }

    /// <summary>A decoding is plausible when control characters are rare and CJK characters or ASCII dominate.</summary>
    private static bool LooksLikeChineseText(string text)
    {
        int controls = 0, privateUse = 0;
        foreach (char c in text)
        {
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) controls++;
            else if (c is >= '\uE000' and <= '\uF8FF') privateUse++;
        }
        return controls + privateUse <= text.Length / 100;
    }
}
