using System.Text;
using HongqiExtract.Reading;

namespace HongqiExtract.Tests.Reading;

public class Gb18030TableTests
{
    // Registered in the static constructor, which runs after field initializers: the encoding is made there too.
    private static readonly Encoding Strict;

    static Gb18030TableTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Strict = Encoding.GetEncoding("gb18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    [Theory]
    [MemberData(nameof(EncodingTests.RawEncodings), MemberType = typeof(EncodingTests))]
    public void A_gbk_report_decodes_as_the_platform_decodes_it(string name)
    {
        var bytes = File.ReadAllBytes(SharedData.Real(System.IO.Path.Combine("raw-encodings", name)));
        Assert.True(Gb18030Table.TryDecode(bytes, out var text));
        Assert.Equal(Strict.GetString(bytes), text);
    }

    [Fact]
    public void Every_two_byte_code_decodes_alone_as_in_a_text()
    {
        // Every code the table holds (of 126 × 191 slots; trail 7F is no code) in one text, each between ASCII letters: the table's characters, in order, are
        // what the platform's decoder makes of the text where every code is valid.
        var table = Gb18030Table.Build();
        var bytes = new List<byte>();
        var expected = new StringBuilder();
        for (int lead = 0x81; lead <= 0xFE; lead++)
            for (int trail = 0x40; trail <= 0xFE; trail++)
            {
                char c = table[(lead - 0x81) * 191 + trail - 0x40];
                if (c == '\0') continue;
                bytes.AddRange([(byte)'a', (byte)lead, (byte)trail]);
                expected.Append('a').Append(c);
            }
        Assert.True(expected.Length > 2 * 21000, $"only {expected.Length / 2} codes in the table");
        Assert.Equal(Strict.GetString([.. bytes]), expected.ToString());
        Assert.True(Gb18030Table.TryDecode([.. bytes], out var text));
        Assert.Equal(expected.ToString(), text);
    }

    [Theory]
    [InlineData(new byte[] { 0x81, 0x30, 0x81, 0x30 })] // a four-byte code
    [InlineData(new byte[] { 0xB5, 0xC4, 0x80 })] // 0x80 alone
    [InlineData(new byte[] { 0xB5, 0xC4, 0xB5 })] // a lead byte at the end
    [InlineData(new byte[] { 0xB5, 0x7F })] // trail 7F is no code
    [InlineData(new byte[] { 0xFF, 0x41 })] // FF is no lead byte
    public void Anything_else_is_left_to_the_platform_decoder(byte[] bytes)
    {
        Assert.False(Gb18030Table.TryDecode(bytes, out _));
    }

    [Fact]
    public void Random_bytes_decode_as_the_platform_decodes_them_or_are_left_to_it()
    {
        var random = new Random(20261203);
        int decoded = 0;
        for (int n = 0; n < 2000; n++)
        {
            var bytes = new byte[random.Next(1, 40)];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = random.Next(3) == 0 ? (byte)random.Next(0x20, 0x80) : (byte)random.Next(0x80, 0x100);
            if (!Gb18030Table.TryDecode(bytes, out var text)) continue;
            decoded++;
            Assert.Equal(Strict.GetString(bytes), text);
        }
        Assert.True(decoded > 100, $"only {decoded} of 2,000 decoded by the table");
    }
}
