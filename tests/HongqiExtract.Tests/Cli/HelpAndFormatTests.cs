using HongqiExtract.Cli;

namespace HongqiExtract.Tests.Cli;

/// <summary>What a .NET user tries first: --help on every command, short options, and the output format an extension names.</summary>
public sealed class HelpAndFormatTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-help-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = await CommandLine.RunAsync(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Theory]
    [InlineData("extract", "--help")]
    [InlineData("extract", "-h")]
    [InlineData("eval", "-?")]
    [InlineData("train", "--help")]
    [InlineData("panel", "-h")]
    [InlineData("catalogue", "--help")]
    [InlineData("--help")]
    public async Task Help_on_any_command_is_the_usage_on_stdout_and_exit_0(params string[] args)
    {
        var (code, output, error) = await Run(args);
        Assert.Equal(0, code);
        Assert.Contains("hongqi extract INPUT...", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("out.csv", "doc,ordinal,name,")]
    [InlineData("out.jsonl", "{\"doc\":")]
    public async Task Without_format_the_output_extension_decides_and_short_options_work(string output, string start)
    {
        var input = Path.Combine(_dir, "short.txt");
        File.WriteAllText(input, "2025年工作回顾\n全年地区生产总值6.66万亿元，增长5.6%。");
        var path = Path.Combine(_dir, output);
        var (code, _, error) = await Run("extract", input, "-o", path, "-q", "-j", "1");
        Assert.True(code == 0, error);
        Assert.StartsWith(start, File.ReadAllText(path), StringComparison.Ordinal);
        // --format still wins over the extension.
        var jsonInCsv = Path.Combine(_dir, "forced.csv");
        Assert.Equal(0, (await Run("extract", input, "-o", jsonInCsv, "-f", "jsonl", "-q")).Code);
        Assert.StartsWith("{\"doc\":", File.ReadAllText(jsonInCsv), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_prints_every_field_in_file_order_and_the_csv_header_is_that_order()
    {
        var (code, output, _) = await Run("schema");
        Assert.Equal(0, code);
        var fields = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal(HongqiExtract.Output.RecordSchema.FieldNames, fields.Select(f => f[0]));
        Assert.Equal("double", fields.Single(f => f[0] == "normalized_value")[3]);
        Assert.StartsWith("decimal(38,10)", (await Run("schema", "--parquet-decimal")).Out.Split('\n').Single(l => l.StartsWith("normalized_value", StringComparison.Ordinal)).Split('\t')[3], StringComparison.Ordinal);
        var input = Path.Combine(_dir, "schema.txt");
        File.WriteAllText(input, "全市地区生产总值100亿元。");
        var csv = Path.Combine(_dir, "schema.csv");
        Assert.Equal(0, (await Run("extract", input, "-o", csv, "-q")).Code);
        Assert.Equal(string.Join(',', fields.Select(f => f[0])), File.ReadLines(csv).First());
    }

    [Fact]
    public async Task Csv_bom_puts_a_byte_order_mark_before_the_header_and_without_it_there_is_none()
    {
        var input = Path.Combine(_dir, "bom.txt");
        File.WriteAllText(input, "全市地区生产总值100亿元。");
        string with = Path.Combine(_dir, "with.csv"), without = Path.Combine(_dir, "without.csv");
        Assert.Equal(0, (await Run("extract", input, "-o", with, "--csv-bom", "-q")).Code);
        Assert.Equal(0, (await Run("extract", input, "-o", without, "-q")).Code);
        Assert.Equal([0xEF, 0xBB, 0xBF, (byte)'d'], File.ReadAllBytes(with)[..4]);
        Assert.Equal((byte)'d', File.ReadAllBytes(without)[0]);
        Assert.Equal(File.ReadAllBytes(without), File.ReadAllBytes(with)[3..]);
    }
}
