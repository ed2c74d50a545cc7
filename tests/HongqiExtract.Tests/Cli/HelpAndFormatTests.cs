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

    public static IEnumerable<object[]> Commands() => HongqiExtract.Cli.Commands.CommandSpecs.All.Select(c => new object[] { c.Name });

    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_on_every_command_describes_every_option_on_stdout_with_exit_0(string command)
    {
        var spec = HongqiExtract.Cli.Commands.CommandSpecs.All.Single(c => c.Name == command);
        foreach (var flag in new[] { "--help", "-h", "-?" })
        {
            var (code, output, error) = await Run(command, flag);
            Assert.Equal((0, ""), (code, error));
            var help = Collapse(output);
            Assert.Contains($"hongqi {command}", help, StringComparison.Ordinal);
            foreach (var option in spec.Options)
            {
                Assert.Contains(option.Name, help, StringComparison.Ordinal);
                Assert.Contains(Collapse(option.Description), help, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_root_help_lists_every_command_and_no_command_is_a_usage_error_on_stderr()
    {
        var (code, output, _) = await Run("--help");
        Assert.Equal(0, code);
        Assert.All(HongqiExtract.Cli.Commands.CommandSpecs.All, c => Assert.Contains(c.Name, output, StringComparison.Ordinal));
        var (none, noOutput, noError) = await Run();
        Assert.Equal((2, ""), (none, noOutput));
        Assert.Contains("Commands:", noError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extrct", "extract")]
    [InlineData("extract --formt csv x.txt", "--format")]
    public async Task A_typo_is_a_usage_error_on_stderr_that_suggests_the_right_word(string line, string suggestion)
    {
        var (code, output, error) = await Run(line.Split(' '));
        Assert.Equal((2, ""), (code, output));
        Assert.Contains(suggestion, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_is_the_informational_version_with_the_commit()
    {
        var (code, output, _) = await Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^[0-9]+\.[0-9]+\.[0-9]+", output);
    }

    [Fact]
    public void Every_option_in_the_readme_table_is_the_tools_with_the_same_description()
    {
        var readme = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "README.md"));
        int table = readme.IndexOf("| option of `extract` |", StringComparison.Ordinal);
        Assert.True(table >= 0, "the README has the extract option table");
        var rows = readme[table..].Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();
        var extract = HongqiExtract.Cli.Commands.CommandSpecs.All.Single(c => c.Name == "extract");
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var cells = System.Text.RegularExpressions.Regex.Split(row, @"(?<!\\)\|").Skip(1).ToList();
            string meaning = cells[1].Replace("`", "", StringComparison.Ordinal).Replace("\\|", "|", StringComparison.Ordinal).Trim();
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(cells[0], "`(--[a-z-]+)"))
            {
                var option = extract.Options.SingleOrDefault(o => o.Name == m.Groups[1].Value);
                Assert.True(option is not null, $"README names {m.Groups[1].Value}, which extract does not have");
                Assert.Equal(option.Description, meaning);
                named.Add(option.Name);
            }
        }
        // And the other way: every option of extract is in the table.
        Assert.Equal(extract.Options.Select(o => o.Name).Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
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
