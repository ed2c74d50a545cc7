using System.Text;

namespace HongqiExtract.Tests.Reliability.Fuzzing;

/// <summary>
/// A fixed-seed mutation fuzzer: fragments of real reports, mutated with the characters and shapes
/// that break number parsers (long digit runs, stacked scales, exponents, odd digits, lone
/// surrogates, markup, NULs), sometimes encoded to bytes in another encoding. The same seed gives
/// the same inputs on every machine.
/// </summary>
internal sealed class MutationFuzzer
{
    private static readonly string[] Tokens =
    [
        "亿", "万", "万亿", "亿亿", "〇", "零", "一", "两", "十", "百", "千", "壹", "貳", "%", "％", "‰", "个百分点", "倍", "翻一番", "番",
        "元", "美元", "万人次", "公里", "以上", "左右", "近", "超", "余", "多", "分之", "百分之", "点", ".", ",", "，", "、", "—", "-", "~", "至",
        "年", "月", "日", "季度", "前三季度", "1—11月", "十四五", "十五五", "去年", "今年", "今后五年", "2025年", "１２３", "٣", "១", "४",
        "E+30", "e-5", "1E", "NaN", "∞", "分别", "增长", "下降", "比上年", "由", "提高到", "从", "增至", "占", "比重", "第", "名", "其中：",
        "<div>", "</div>", "<table><tr><td>", "</td></tr></table>", "<!--", "-->", "<U+00A0>", "\n", "\r\n", "\t", "\u3000", "\0", "\uD800", "\uDFFF",
        "\u200B", "\uFEFF", "（", "）", "“", "”", "。", "；", "：",
    ];

    private readonly Random _random;
    private readonly string[] _corpus;

    public MutationFuzzer(int seed, IEnumerable<string> corpus)
    {
        _random = new Random(seed);
        _corpus = corpus.Where(t => t.Length > 0).ToArray();
    }

    /// <summary>The next input: text, or bytes in some encoding.</summary>
    public (string? Text, byte[]? Bytes) Next()
    {
        var text = new StringBuilder(Fragment(_random.Next(20, 2500)));
        int mutations = _random.Next(1, 12);
        for (int i = 0; i < mutations; i++) Mutate(text);
        var result = text.ToString();
        return _random.Next(5) switch
        {
            0 => (null, Encoding.UTF8.GetBytes(result)),
            1 => (null, Encoding.GetEncoding("gb18030", EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback).GetBytes(result)),
            2 => (null, Corrupt(Encoding.UTF8.GetBytes(result))),
            _ => (result, null),
        };
    }

    private string Fragment(int length)
    {
        var source = _corpus[_random.Next(_corpus.Length)];
        int start = _random.Next(Math.Max(1, source.Length - length));
        return source.Substring(start, Math.Min(length, source.Length - start));
    }

    private void Mutate(StringBuilder text)
    {
        int at = text.Length == 0 ? 0 : _random.Next(text.Length);
        switch (_random.Next(8))
        {
            case 0: text.Insert(at, Tokens[_random.Next(Tokens.Length)]); break;
            case 1: text.Insert(at, new string((char)('0' + _random.Next(10)), _random.Next(1, 60))); break;
            case 2: text.Insert(at, string.Concat(Enumerable.Range(0, _random.Next(2, 8)).Select(_ => Tokens[_random.Next(Tokens.Length)]))); break;
            case 3 when text.Length > 0: text.Remove(at, Math.Min(_random.Next(1, 40), text.Length - at)); break;
            case 4 when text.Length > 0:
                int length = Math.Min(_random.Next(1, 200), text.Length - at);
                text.Insert(_random.Next(text.Length), text.ToString(at, length));
                break;
            case 5 when text.Length > 0: text[at] = (char)_random.Next(0x20, 0xFFFF); break;
            case 6: text.Insert(at, Fragment(_random.Next(5, 300))); break;
            default: text.Insert(at, _random.Next(3) == 0 ? "\n\n" : "。"); break;
        }
    }

    private byte[] Corrupt(byte[] bytes)
    {
        for (int i = 0, n = _random.Next(1, 6); i < n && bytes.Length > 0; i++) bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
        return bytes;
    }
}
