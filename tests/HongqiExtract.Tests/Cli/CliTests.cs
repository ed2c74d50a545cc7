using HongqiExtract.Cli;

namespace HongqiExtract.Tests.Cli;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = CommandLine.RunAsync(args, o, e).GetAwaiter().GetResult();
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Text_of_the_gbk_file_equals_text_of_its_utf8_twin()
    {
        var raw = Run("text", SharedData.Real("raw-encodings/gov-report-2010-national-state-council.gbk.txt"));
        var utf8 = Run("text", SharedData.Real("gov-report-2010-national-state-council-gbk2utf8.txt"));
        Assert.Equal(0, raw.Code);
        Assert.Equal(utf8.Out, raw.Out);
        Assert.True(raw.Out.Length > 10000);
    }

    [Fact]
    public void Verbose_names_each_diagnostic_with_its_input_and_quiet_runs_print_none()
    {
        var file = Path.Combine(Path.GetTempPath(), $"hongqi-verbose-{Guid.NewGuid():N}.txt");
        var verboseOut = file + ".verbose.jsonl";
        var plainOut = file + ".plain.jsonl";
        File.WriteAllText(file, "全年粮食产量1百01吨，工业增加值增长5%。\n");
        try
        {
            var verbose = Run("extract", file, "--verbose", "--quiet", "--output", verboseOut);
            Assert.Equal(0, verbose.Code);
            Assert.Contains($"hongqi: {file}: MalformedNumeral at 6: 1百01", verbose.Err, StringComparison.Ordinal);
            Assert.Contains("工业增加值", File.ReadAllText(verboseOut), StringComparison.Ordinal);
            var plain = Run("extract", file, "--quiet", "--output", plainOut);
            Assert.Equal(File.ReadAllText(verboseOut), File.ReadAllText(plainOut));
            Assert.DoesNotContain("MalformedNumeral", plain.Err, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var path in new[] { file, verboseOut, plainOut }) File.Delete(path);
        }
    }

    [Fact]
    public void Structure_shows_the_henan_sections_and_year()
    {
        var (code, output, _) = Run("structure", SharedData.Real("gov-report-2026-henan-province.txt"));
        Assert.Equal(0, code);
        Assert.Contains("year: 2026", output, StringComparison.Ordinal);
        Assert.Contains("§ 一、“十四五”时期和2025年工作回顾", output, StringComparison.Ordinal);
        Assert.Contains("§ 三、2026年重点工作安排", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_writes_csv_with_a_header_and_quoted_fields()
    {
        var file = Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt");
        var output = Path.GetTempFileName();
        try
        {
            var (code, _, _) = Run("extract", file, "--format", "csv", "--output", output);
            Assert.Equal(0, code);
            var lines = File.ReadAllText(output).Split("\r\n");
            Assert.StartsWith("doc,ordinal,name,value,value_high,unit,scale,normalized_value,normalized_unit,qualifier,kind", lines[0], StringComparison.Ordinal);
            var economy = Assert.Single(lines, l => l.Contains(",经济总量,377.9,", StringComparison.Ordinal));
            Assert.Contains(",亿元,100000000,37790000000,CNY,exact,level,", economy, StringComparison.Ordinal);
            // The sentence holds commas: it must be quoted.
            Assert.Contains(",\"经济总量达377.9亿元,", economy, StringComparison.Ordinal);
        }
        finally { File.Delete(output); }
    }

    [Fact]
    public void Missing_input_is_named_and_the_rest_is_processed()
    {
        var file = Path.Combine(SharedData.RepoRoot, "samples", "dev-01-hongqi-district-5-years.txt");
        var output = Path.GetTempFileName();
        try
        {
            var (code, _, err) = Run("extract", "no/such/report.txt", file, "--output", output);
            Assert.Equal(1, code);
            Assert.Contains("no/such/report.txt", err, StringComparison.Ordinal);
            Assert.Contains("\"name\":\"经济总量\"", File.ReadAllText(output), StringComparison.Ordinal);
        }
        finally { File.Delete(output); }
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        Assert.Equal(2, Run("extract", "x.txt", "--fromat", "csv").Code);
        Assert.Equal(2, Run("frobnicate").Code);
    }

    [Fact]
    public void Eval_on_the_dev_gold_prints_the_scores()
    {
        var (code, output, _) = Run("eval", "--gold", SharedData.Path("gold", "dev"), SharedData.Path("corpus", "passages"));
        Assert.Equal(0, code);
        Assert.Contains("F1", output, StringComparison.Ordinal);
        Assert.Contains("full record accuracy", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_native_tools_train_names_the_managed_tool_and_exits_2()
    {
        // The native build (tests/native/check.sh publishes and runs it) answers train with this.
        var stderr = new StringWriter();
        Assert.Equal(CommandLine.UsageError, HongqiExtract.Cli.Commands.NativeBuild.Train(stderr));
        Assert.StartsWith("hongqi train: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/HongqiExtract.Cli -c Release -- train", stderr.ToString(), StringComparison.Ordinal);
    }
}

public class ArgumentTests
{
    private static ParsedArguments Parse(params string[] args) =>
        HongqiExtract.Cli.Commands.ToolParser.Parse(["extract", .. args]).Arguments ?? throw new InvalidOperationException("not a command line of extract");

    [Fact]
    public void Flags_take_no_value_and_options_do()
    {
        var parsed = Parse("a.zip", "--stdin-jsonl", "-q", "--jobs", "2", "--include=*.txt", "b", "--include", "sub/**");
        Assert.Equal(["a.zip", "b"], parsed.Positional);
        Assert.True(parsed.Has("--stdin-jsonl"));
        Assert.True(parsed.Has("--quiet"));
        Assert.False(parsed.Has("--verbose"));
        Assert.Equal(2, parsed.GetInt("--jobs"));
        Assert.Equal(["*.txt", "sub/**"], parsed.GetAll("--include"));
    }

    [Fact]
    public async Task Bad_option_values_are_usage_errors()
    {
        Assert.Throws<UsageException>(() => Parse("--jobs", "many").GetInt("--jobs"));
        Assert.Throws<UsageException>(() => HongqiExtract.Cli.Batch.ExtractOptions.ParseShard("4/4"));
        var error = new StringWriter();
        Assert.Equal(CommandLine.UsageError, await CommandLine.RunAsync(["extract", "x.txt", "--output"], new StringWriter(), error));
        Assert.Contains("--output", error.ToString(), StringComparison.Ordinal);
    }
}
