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
}
