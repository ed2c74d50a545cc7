using System.Text.Json;
using System.Text.RegularExpressions;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;

namespace HongqiExtract.Tests.Output;

/// <summary>The one field table against the contract in ../shared/spec/records.md, and every writer against the table.</summary>
public partial class RecordSchemaTests
{
    /// <summary>Fields the contract has and the extractor does not write yet (each belongs to an open issue).</summary>
    private static readonly HashSet<string> NotYetWritten = [];

    /// <summary>Fields the package adds after the contract's (the contract allows additions): what a panel needs of the document.</summary>
    private static readonly string[] Additions = ["region", "region_code", "report_year"];

    [GeneratedRegex(@"^\| `([a-z_]+)`(?:, `([a-z_]+)`)? \|", RegexOptions.Multiline)]
    private static partial Regex SpecField();

    private static List<string> SpecFields()
    {
        var spec = File.ReadAllText(SharedData.Path("spec", "records.md"));
        var fields = new List<string>();
        foreach (Match m in SpecField().Matches(spec))
        {
            fields.Add(m.Groups[1].Value);
            if (m.Groups[2].Success) fields.Add(m.Groups[2].Value);
        }
        // table_cell is described under "Records from tables", not in the field table.
        if (spec.Contains("`table_cell`", StringComparison.Ordinal)) fields.Add("table_cell");
        return fields;
    }

    [Fact]
    public void The_schema_has_every_field_of_the_contract_but_those_not_yet_written_and_no_other()
    {
        var spec = SpecFields();
        Assert.True(spec.Count >= 25, $"only {spec.Count} fields parsed from the spec");
        Assert.Empty(RecordSchema.FieldNames.Except(spec).Except(Additions));
        // Additions come after every contract field, so a reader of the contract's columns finds them where they were.
        Assert.Equal(Additions, RecordSchema.FieldNames.TakeLast(Additions.Length));
        Assert.Empty(Additions.Intersect(spec));
        Assert.Equal(NotYetWritten.Order(StringComparer.Ordinal), spec.Except(RecordSchema.FieldNames).Order(StringComparer.Ordinal));
        Assert.Equal(RecordSchema.FieldNames.Count, RecordSchema.FieldNames.Distinct().Count());
    }

    [Fact]
    public void Json_lines_and_csv_write_every_schema_field_in_order()
    {
        var result = new IndicatorExtractor().Extract(ReportSource.FromString("2025年工作回顾\n全年地区生产总值6.66万亿元，增长5.6%；城镇新增就业110万人以上。", "inline.txt"));
        Assert.Equal(3, result.Records.Count);
        using var json = new MemoryStream();
        RecordWriters.WriteJsonLines(result.Records, json);
        var lines = System.Text.Encoding.UTF8.GetString(json.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        foreach (var line in lines)
        {
            using var parsed = JsonDocument.Parse(line);
            Assert.Equal(RecordSchema.FieldNames, parsed.RootElement.EnumerateObject().Select(p => p.Name).ToList());
        }
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(6.66m, first.RootElement.GetProperty("value").GetDecimal());
        Assert.Equal("6660000000000", first.RootElement.GetProperty("normalized_value").GetRawText());
        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("value_high").ValueKind);

        var csv = new StringWriter();
        RecordWriters.WriteCsvHeader(csv);
        RecordWriters.WriteCsvRows(result.Records, csv);
        var rows = csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', RecordSchema.FieldNames), rows[0]);
        Assert.Equal(4, rows.Length);
        Assert.StartsWith("inline.txt,0,地区生产总值,6.66,,万亿元,1000000000000,6660000000000,CNY,exact,level,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Period_months_are_an_array_in_json_and_that_array_as_text_in_csv()
    {
        var document = new HongqiExtract.Documents.DocumentBuilder("months.txt") { ReportYear = 2025, Kind = HongqiExtract.Documents.DocumentKind.Communique }
            .AddParagraph("前三季度，全市地区生产总值4120.5亿元，增长5.2%。").AddParagraph("全年粮食产量185万吨。").Build();
        var records = new IndicatorExtractor().Extract(document).Records;
        Assert.Equal(3, records.Count);
        using var json = new MemoryStream();
        RecordWriters.WriteJsonLines(records, json);
        var lines = System.Text.Encoding.UTF8.GetString(json.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using (var first = JsonDocument.Parse(lines[0]))
            Assert.Equal([1, 9], first.RootElement.GetProperty("period_months").EnumerateArray().Select(e => e.GetInt32()).ToArray());
        using (var last = JsonDocument.Parse(lines[2]))
            Assert.Equal(JsonValueKind.Null, last.RootElement.GetProperty("period_months").ValueKind);
        var csv = new StringWriter();
        RecordWriters.WriteCsvRows(records, csv);
        int column = RecordSchema.FieldNames.ToList().IndexOf("period_months");
        var rows = csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        // The array holds a comma, so CSV quotes it.
        Assert.Contains(",\"[1,9]\",", rows[0], StringComparison.Ordinal);
        Assert.DoesNotContain("[", rows[2], StringComparison.Ordinal);
        Assert.True(column > 0);
    }

    [Theory]
    [InlineData(false, typeof(double))]
    [InlineData(true, typeof(decimal))]
    public async Task The_parquet_writer_has_one_column_per_schema_field_with_its_nullability_and_values_as_chosen(bool decimalColumns, Type valueType)
    {
        await using var writer = new ParquetRecordWriter(new MemoryStream(), decimalColumns);
        var columns = writer.Schema.DataFields;
        Assert.Equal(RecordSchema.FieldNames, columns.Select(c => c.Name).ToList());
        foreach (var (field, column) in RecordSchema.Fields.Zip(columns))
            Assert.True(field.IsNullable == column.IsNullable, $"{field.Name}: nullable {field.IsNullable} in the schema, {column.IsNullable} in Parquet");
        Assert.Equal(valueType, columns.Single(c => c.Name == "normalized_value").ClrType);
        Assert.Equal(typeof(int), columns.Single(c => c.Name == "start").ClrType);
    }

    [Fact]
    public void Enum_names_are_the_members_lower_cased_and_a_stray_value_its_number()
    {
        foreach (var kind in Enum.GetValues<IndicatorKind>()) Assert.Equal(kind.ToString().ToLowerInvariant(), RecordWriters.Name(kind));
        foreach (var qualifier in Enum.GetValues<HongqiExtract.Recognition.Qualifier>()) Assert.Equal(qualifier.ToString().ToLowerInvariant(), RecordWriters.Name(qualifier));
        Assert.Equal("growth", RecordWriters.Name(IndicatorKind.Growth));
        Assert.Equal("999", RecordWriters.Name((IndicatorKind)999));
    }
}

