using HongqiExtract.Cli;
using HongqiExtract.Cli.Panels;
using HongqiExtract.Output;
using HongqiExtract.Recognition;

namespace HongqiExtract.Tests.Panels;

/// <summary>The panel: one cell per region × indicator × year × kind × target, and the rule that picks one figure where documents repeat a cell.</summary>
public sealed class PanelTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hongqi-panel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static IndicatorRecord Record(string doc, decimal value, int year, bool target, IndicatorKind kind = IndicatorKind.Growth, int? start = null) => new()
    {
        Doc = doc, Ordinal = 0, Name = "国内生产总值", Value = value, Unit = "%", Scale = 1, NormalizedValue = value, NormalizedUnit = "%",
        Qualifier = Qualifier.Exact, Kind = kind, PeriodStart = start ?? year, PeriodEnd = year, IsTarget = target, Text = $"{value}%", Start = 0, End = 1,
        Sentence = "", Confidence = 1, IndicatorId = "gdp",
    };

    [Fact]
    public void An_achieved_figure_comes_from_the_report_that_reviews_its_year_and_a_target_from_the_report_of_its_year()
    {
        var figures = new[]
        {
            PanelBuilder.Place(Record("2024.txt", 5.0m, 2024, target: true), "全国", 2024),
            PanelBuilder.Place(Record("2025.txt", 5.0m, 2025, target: true), "全国", 2025),
            PanelBuilder.Place(Record("2025.txt", 5.0m, 2024, target: false), "全国", 2025),
            PanelBuilder.Place(Record("2026.txt", 4.9m, 2024, target: false), "全国", 2026),
            PanelBuilder.Place(Record("2026.txt", 5.0m, 2025, target: true), "全国", 2026),
        };
        var cells = PanelBuilder.Build(figures.OfType<PanelFigure>());
        Assert.Equal(3, cells.Count);
        var achieved2024 = cells.Single(c => c.Chosen.Year == 2024 && !c.Chosen.IsTarget);
        Assert.Equal("2025.txt", achieved2024.Chosen.Record.Doc);
        Assert.Equal("2026.txt", Assert.Single(achieved2024.Others).Record.Doc);
        var target2025 = cells.Single(c => c.Chosen.Year == 2025 && c.Chosen.IsTarget);
        Assert.Equal("2025.txt", target2025.Chosen.Record.Doc);
        Assert.Equal("2026.txt", Assert.Single(target2025.Others).Record.Doc);
    }

    [Fact]
    public void Spans_of_years_parts_of_a_year_and_records_without_an_indicator_are_no_cell()
    {
        Assert.Null(PanelBuilder.Place(Record("a.txt", 6.5m, 2020, false, start: 2016), "全国", 2021));
        Assert.Null(PanelBuilder.Place(Record("a.txt", 5m, 2025, false) with { PeriodMonths = new(1, 9) }, "全国", 2025));
        Assert.Null(PanelBuilder.Place(Record("a.txt", 5m, 2025, false) with { IndicatorId = null }, "全国", 2025));
    }

    [Fact]
    public async Task The_command_writes_long_wide_and_conflicts_from_documents()
    {
        File.WriteAllText(Path.Combine(_dir, "2025.txt"), "2025年国务院政府工作报告\n一、2024年工作回顾\n国内生产总值增长5%。\n二、2025年主要预期目标\n国内生产总值增长5%左右。");
        File.WriteAllText(Path.Combine(_dir, "2026.txt"), "2026年国务院政府工作报告\n一、2025年工作回顾\n国内生产总值增长5.2%。\n2024年国内生产总值增长4.9%。");
        string long_ = Path.Combine(_dir, "..", Guid.NewGuid().ToString("N") + ".csv"), wide = long_ + ".wide.csv", conflicts = long_ + ".conflicts.csv";
        try
        {
            var err = new StringWriter();
            Assert.Equal(0, await CommandLine.RunAsync(["panel", _dir, "--output", long_, "--conflicts", conflicts], new StringWriter(), err));
            Assert.Equal(0, await CommandLine.RunAsync(["panel", _dir, "--output", wide, "--layout", "wide"], new StringWriter(), err));
            var rows = File.ReadAllLines(long_).Skip(1).Select(l => l.Split(',')).ToList();
            Assert.Contains(rows, r => r[1] == "gdp" && r[3] == "2024" && r[5] == "false" && r[8] == "5" && r[10].EndsWith("2025.txt", StringComparison.Ordinal));
            Assert.Contains(rows, r => r[1] == "gdp" && r[3] == "2025" && r[5] == "true" && r[8] == "5");
            Assert.Contains(rows, r => r[1] == "gdp" && r[3] == "2025" && r[5] == "false" && r[8] == "5.2");
            var conflict = Assert.Single(File.ReadAllLines(conflicts).Skip(1));
            Assert.Contains("2026.txt,4.9,false", conflict, StringComparison.Ordinal);
            var header = File.ReadAllLines(wide)[0].Split(',');
            Assert.Equal(["2024", "2025"], header[^2..]);
        }
        finally
        {
            foreach (var f in new[] { long_, wide, conflicts }) File.Delete(f);
        }
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    public async Task A_panel_from_a_records_file_equals_the_panel_from_the_documents(string format)
    {
        File.WriteAllText(Path.Combine(_dir, "2025.txt"), "2025年国务院政府工作报告\n一、2024年工作回顾\n国内生产总值增长5%。\n二、2025年主要预期目标\n国内生产总值增长5%左右。");
        File.WriteAllText(Path.Combine(_dir, "2026.txt"), "2026年河南省政府工作报告\n一、2025年工作回顾\n全省生产总值增长5.6%。");
        string records = Path.Combine(_dir, "..", Guid.NewGuid().ToString("N") + "." + format), direct = records + ".direct.csv", fromFile = records + ".csv";
        try
        {
            var err = new StringWriter();
            Assert.Equal(0, await CommandLine.RunAsync(["extract", _dir, "-o", records, "-q"], new StringWriter(), err));
            Assert.Equal(0, await CommandLine.RunAsync(["panel", _dir, "--output", direct], new StringWriter(), err));
            Assert.Equal(0, await CommandLine.RunAsync(["panel", records, "--output", fromFile], new StringWriter(), err));
            var rows = File.ReadAllLines(fromFile);
            Assert.Equal(File.ReadAllLines(direct), rows);
            Assert.Contains(rows, r => r.StartsWith("河南省,gdp,", StringComparison.Ordinal) && r.EndsWith(",410000", StringComparison.Ordinal));
        }
        finally
        {
            foreach (var f in new[] { records, direct, fromFile }) File.Delete(f);
        }
    }

    [Fact]
    public async Task A_parquet_panel_has_the_csv_columns_typed()
    {
        File.WriteAllText(Path.Combine(_dir, "2025.txt"), "2025年国务院政府工作报告\n一、2024年工作回顾\n国内生产总值增长5%。\n二、2025年主要预期目标\n国内生产总值增长5%左右。");
        string csv = Path.Combine(_dir, "..", Guid.NewGuid().ToString("N") + ".csv"), parquet = csv + ".parquet";
        try
        {
            var err = new StringWriter();
            Assert.Equal(0, await CommandLine.RunAsync(["panel", _dir, "--output", csv], new StringWriter(), err));
            Assert.Equal(0, await CommandLine.RunAsync(["panel", _dir, "--output", parquet], new StringWriter(), err));
            await using var file = File.OpenRead(parquet);
            await using var reader = await Parquet.ParquetReader.CreateAsync(file);
            var fields = reader.Schema.GetDataFields();
            Assert.Equal(File.ReadLines(csv).First().Split(','), fields.Select(f => f.Name));
            Assert.Equal(typeof(double), fields.Single(f => f.Name == "normalized_value").ClrType);
            Assert.Equal(typeof(int), fields.Single(f => f.Name == "year").ClrType);
            using var group = reader.OpenRowGroupReader(0);
            Assert.Equal(File.ReadLines(csv).Count() - 1, group.RowCount);
        }
        finally
        {
            foreach (var f in new[] { csv, parquet }) File.Delete(f);
        }
    }

    [Fact]
    public async Task The_plot_draws_achieved_against_target_from_a_long_panel()
    {
        string panel = Path.Combine(_dir, "panel.csv"), png = Path.Combine(_dir, "gdp.png"), svg = Path.Combine(_dir, "gdp.svg");
        File.WriteAllLines(panel, [
            "region,indicator_id,indicator,year,kind,is_target,value,unit,normalized_value,normalized_unit,doc,start,end,text,other_figures",
            "全国,gdp,地区生产总值,2023,growth,false,5.2,%,5.2,%,2024.txt,1,5,\"增长5.2%，好于预期\",0",
            "全国,gdp,地区生产总值,2023,growth,true,5,%,5,%,2023.txt,1,3,5%左右,0",
            "全国,gdp,地区生产总值,2024,growth,false,5,%,5,%,2025.txt,1,3,5%,1",
        ]);
        var err = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["plot", panel, "--indicator", "gdp", "--kind", "growth", "--region", "全国", "--output", png], new StringWriter(), err));
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 1000, err.ToString());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(0, await CommandLine.RunAsync(["plot", panel, "--indicator", "gdp", "--kind", "growth", "--output", svg], new StringWriter(), err));
        Assert.Contains("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
        // An indicator the panel does not hold is an error naming the file, not an empty picture.
        Assert.Equal(1, await CommandLine.RunAsync(["plot", panel, "--indicator", "cpi", "--output", png], new StringWriter(), err));
        Assert.Contains("no level figures of cpi", err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_figure_is_made_by_the_sample_script()
    {
        var readme = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "README.md"));
        Assert.Contains("samples/Panel/gdp-growth-national.png", readme, StringComparison.Ordinal);
        var script = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "Panel", "gdp-growth.sh"));
        Assert.Contains("panel", script, StringComparison.Ordinal);
        Assert.Contains("--output \"$repo/samples/Panel/gdp-growth-national.png\"", script, StringComparison.Ordinal);
        // The committed panel rows behind the figure hold the years the national reports state.
        var rows = File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "samples", "Panel", "gdp-growth-national.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(rows, r => r[3] == "2024" && r[5] == "false" && r[8] == "5");
        Assert.Contains(rows, r => r[3] == "2025" && r[5] == "true" && r[8] == "5");
    }
}
