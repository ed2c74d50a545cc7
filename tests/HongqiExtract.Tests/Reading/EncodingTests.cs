using HongqiExtract.Reading;
using System.Text;

namespace HongqiExtract.Tests.Reading;

public class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> RawEncodings()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SharedData.Real("raw-encodings"), "*.gbk.txt").Order()) data.Add(System.IO.Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(RawEncodings))]
    public void Raw_gbk_file_decodes_to_the_same_text_as_its_utf8_twin(string rawName)
    {
        var twin = rawName.Replace(".gbk.txt", "-gbk2utf8.txt", StringComparison.Ordinal);
        var raw = ReportReader.Read(ReportSource.FromFile(SharedData.Real(System.IO.Path.Combine("raw-encodings", rawName))));
        var utf8 = ReportReader.Read(ReportSource.FromFile(SharedData.Real(twin)));

        Assert.Equal("gb18030", raw.Metadata.Encoding);
        Assert.Equal("utf-8", utf8.Metadata.Encoding);
        Assert.Equal(utf8.Text, raw.Text);
    }

    public static TheoryData<string> Encodings() => new() { "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "gb18030", "big5" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_common_encoding_is_detected_from_the_bytes(string encodingName)
    {
        // Traditional characters so that Big5 can hold the text too.
        const string text = "政府工作報告\n國內生產總值達到一百三十四萬億元，比上年增長百分之五。\n城鎮新增就業一千二百五十六萬人，居民消費價格上漲百分之零點二。";
        byte[] bytes = encodingName switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes("Report 2025\n" + text),
            "gb18030" => Encoding.GetEncoding("gb18030").GetBytes(text),
            "big5" => Encoding.GetEncoding("big5").GetBytes(text),
            _ => throw new ArgumentOutOfRangeException(nameof(encodingName)),
        };
        // The file name says nothing: detection must come from the bytes.
        var document = ReportReader.Read(ReportSource.FromBytes(bytes, "report.dat"));
        Assert.EndsWith(text.Split('\n')[^1], document.Text, StringComparison.Ordinal);
        Assert.Contains("國內生產總值", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_endings_become_lf()
    {
        var document = ReportReader.Read(ReportSource.FromString("第一段。\r\n第二段。\r第三段。\n", "mixed.txt"));
        Assert.Equal("第一段。\n第二段。\n第三段。", document.Text);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x13, 0x00, 0xFF, 0x00 }, "binary")]
    public void Bad_input_fails_with_an_error_naming_the_input(byte[] bytes, string expected)
    {
        var error = Assert.Throws<ReportReadException>(() => ReportReader.Read(ReportSource.FromBytes(bytes, "broken.txt")));
        Assert.Equal("broken.txt", error.Input);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_over_the_size_limit_fails_before_it_is_read_whole()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('数', 1000));
        var error = Assert.Throws<ReportReadException>(() =>
            ReportReader.Read(ReportSource.FromStream(new MemoryStream(bytes), "big.txt"), new ReaderOptions(MaxDocumentBytes: 100)));
        Assert.Contains("limit", error.Reason, StringComparison.Ordinal);
    }
}
