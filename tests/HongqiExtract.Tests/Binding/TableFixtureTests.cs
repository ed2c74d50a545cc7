using System.Globalization;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using Xunit;

namespace HongqiExtract.Tests.Binding;

/// <summary>
/// Cases/Tables: a fixture per table layout real releases use (an HTML page or a text dump), each with
/// a hand-written file of the records it must give, no more and no fewer. A line's cell is
/// table:row,column of the record's <c>table_cell</c>, or - for a record from running text; the
/// "# tables N" line says how many tables the reader must find.
/// </summary>
public class TableFixtureTests
{
    private static readonly IndicatorExtractor Extractor = new();

    private static string CasesPath(string file) => Path.Combine(AppContext.BaseDirectory, "Cases", "Tables", file);

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CasesPath(""), "*.records.tsv").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file)[..^".records.tsv".Length]);
        return data;
    }

    [Fact]
    public void Every_layout_the_tables_issue_names_has_a_fixture()
    {
        string[] layouts = ["communique-unit-column", "unit-in-caption", "two-level-header", "qizhong-hierarchy", "year-per-column", "text-dump-spaces", "layout-table"];
        Assert.All(layouts, name => Assert.True(File.Exists(CasesPath(name + ".records.tsv")), name));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_gives_exactly_its_expected_records(string fixture)
    {
        var lines = File.ReadAllLines(CasesPath(fixture + ".records.tsv"));
        int tables = int.Parse(lines.Single(l => l.StartsWith("# tables ", StringComparison.Ordinal))["# tables ".Length..], CultureInfo.InvariantCulture);
        var expected = lines.Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).Select(f => Describe(f[0], f[1], decimal.Parse(f[2], CultureInfo.InvariantCulture), f[3], f[4], f[5])).ToList();
        Assert.NotEmpty(expected);

        string source = Directory.EnumerateFiles(CasesPath(""), fixture + ".*").Single(f => !f.EndsWith(".records.tsv", StringComparison.Ordinal));
        var result = Extractor.Extract(ReportSource.FromFile(source));
        Assert.Equal(tables, result.Document.Tables.Count);
        var actual = result.Records.Select(r => Describe(Cell(r.TableCell), r.Name ?? "", r.Value, r.Unit, Kind(r.Kind), Period(r))).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.All(result.Records.Where(r => r.TableCell is not null), r => Assert.Equal(r.Text, result.Document.Text[r.Start..r.End]));
    }

    // decimal.ToString keeps trailing zeros (30125.40): values compare as numbers, normalized.
    private static string Describe(string cell, string name, decimal value, string unit, string kind, string period) =>
        $"{cell} {name} {(value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)} {unit} {kind} {period}";

    private static string Cell(TableCellPosition? cell) => cell is { } c ? $"{c.Table}:{c.Row},{c.Column}" : "-";

    private static string Kind(IndicatorKind kind) => kind.ToString().ToLowerInvariant();

    private static string Period(IndicatorRecord r) =>
        (r.PeriodStart == r.PeriodEnd ? $"{r.PeriodStart}" : $"{r.PeriodStart}-{r.PeriodEnd}") + (r.PeriodMonths is { } m ? $":{m.First}-{m.Last}" : "");
}
