using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using Xunit;

namespace HongqiExtract.Tests.Binding;

/// <summary>Records from HTML tables, one per value cell, in the layouts communiqués use.</summary>
public class TableBindingTests
{
    private static readonly IndicatorExtractor Extractor = new();

    private static IReadOnlyList<IndicatorRecord> Extract(string body, string heading = "一、综合") =>
        Extractor.Extract(ReportSource.FromString($"<html><head><title>2025年某市国民经济和社会发展统计公报</title></head><body><h2>{heading}</h2>{body}</body></html>", "table.html")).Records;

    [Fact]
    public void A_unit_column_and_a_growth_column_give_two_records_per_row_named_under_their_group()
    {
        var records = Extract("""
            <table><caption>表4 2025年各种运输方式完成运输量情况</caption>
            <tr><th>指 标</th><th>单位</th><th>绝对数</th><th>比上年增长（%）</th></tr>
            <tr><td>公路</td><td></td><td></td><td></td></tr>
            <tr><td>货物发送量</td><td>万吨</td><td>24387.28</td><td>-3.5</td></tr>
            <tr><td>旅客发送量</td><td>万人次</td><td>3540.67</td><td>4.2</td></tr>
            </table>
            """);
        Assert.Equal(4, records.Count);
        var level = records[0];
        Assert.Equal(("公路货物发送量", 24387.28m, "万吨", 243872800m, "吨", IndicatorKind.Level), (level.Name, level.Value, level.Unit, level.NormalizedValue, level.NormalizedUnit, level.Kind));
        Assert.Equal((2025, 2025, false), (level.PeriodStart, level.PeriodEnd, level.IsTarget));
        Assert.Equal(new TableCellPosition(0, 2, 2), level.TableCell);
        Assert.Equal("货物发送量\t万吨\t24387.28\t-3.5", level.Sentence);
        Assert.EndsWith("/ 表4 2025年各种运输方式完成运输量情况", level.Section, StringComparison.Ordinal);
        var growth = records[1];
        Assert.Equal(("公路货物发送量", -3.5m, "%", IndicatorKind.Growth), (growth.Name, growth.Value, growth.Unit, growth.Kind));
        Assert.Equal("公路旅客发送量", records[2].Name);
        using var json = new MemoryStream();
        RecordWriters.WriteJsonLines([level], json);
        Assert.Contains("\"table_cell\":{\"table\":0,\"row\":2,\"col\":2}", System.Text.Encoding.UTF8.GetString(json.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_measure_column_names_the_row_and_markers_and_dashes_are_handled()
    {
        var records = Extract("""
            <table><caption>表2 2025年主要农产品产量</caption>
            <tr><th>产品名称</th><th>产量(万吨)</th><th>比上年增长(%)</th></tr>
            <tr><td>油料</td><td>6.08</td><td>0.9</td></tr>
            <tr><td>其中：花生</td><td>5.66</td><td>—</td></tr>
            <tr><td>＃棉布</td><td>-</td><td>…</td></tr>
            </table>
            """);
        Assert.Equal(["油料产量", "油料产量", "花生产量"], records.Select(r => r.Name));
        Assert.Equal([6.08m, 0.9m, 5.66m], records.Select(r => r.Value));
        Assert.Equal(["万吨", "%", "万吨"], records.Select(r => r.Unit));
    }

    [Fact]
    public void A_caption_that_names_the_measure_names_a_percentage_column()
    {
        var records = Extract("""
            <table><caption>表1 2025年市区居民消费价格比上年涨跌幅度</caption>
            <tr><th>指 标</th><th>市 区（%）</th></tr>
            <tr><td>居民消费价格</td><td>0.2</td></tr>
            <tr><td>食品烟酒</td><td>-0.4</td></tr>
            </table>
            """);
        Assert.Equal([("居民消费价格", 0.2m, IndicatorKind.Growth), ("食品烟酒价格", -0.4m, IndicatorKind.Growth)], records.Select(r => (r.Name!, r.Value, r.Kind)));
    }

    [Fact]
    public void Prose_around_a_table_is_still_read_and_the_table_is_not_read_as_prose()
    {
        var records = Extract("""
            <p>全年粮食产量50.49万吨，比上年增长1.1%。</p>
            <table><caption>表2 2025年主要农产品产量</caption>
            <tr><th>产品名称</th><th>产量(万吨)</th></tr>
            <tr><td>粮食</td><td>50.49</td></tr>
            </table>
            """);
        Assert.Equal(3, records.Count);
        Assert.Equal([null, null, new TableCellPosition(0, 1, 1)], records.Select(r => r.TableCell));
        Assert.Equal([0, 1, 2], records.Select(r => r.Ordinal));
    }

    [Fact]
    public void A_table_with_a_column_per_year_gives_a_record_per_year()
    {
        var records = Extract("""
            <table><caption>表6 主要指标（单位：亿元）</caption>
            <tr><th>指标</th><th>2024年</th><th>2025年</th></tr>
            <tr><td>地区生产总值</td><td>13500.50</td><td>14000.00</td></tr>
            </table>
            """);
        Assert.Equal([("地区生产总值", 13500.50m, "亿元", 2024), ("地区生产总值", 14000.00m, "亿元", 2025)],
            records.Select(r => (r.Name!, r.Value, r.Unit, r.PeriodStart!.Value)));
    }

    [Fact]
    public void Full_width_digits_a_header_without_th_dashes_and_a_spanning_cell_are_read_as_a_reader_would()
    {
        var records = Extract("""
            <table><caption>表2 2025年主要农产品产量</caption>
            <tr><td>产品名称</td><td>产量(万吨)</td><td>比上年增长(%)</td></tr>
            <tr><td>粮食</td><td>５０.４９</td><td>１.１</td></tr>
            <tr><td>油料</td><td>—</td><td>—</td></tr>
            <tr><td>花生</td><td colspan="2">5.66</td></tr>
            </table>
            """);
        // 油料's dashes do not make it the group of 花生; 花生's one cell spanning two columns is one record.
        Assert.Equal([("粮食产量", 50.49m, "万吨"), ("粮食产量", 1.1m, "%"), ("花生产量", 5.66m, "万吨")], records.Select(r => (r.Name!, r.Value, r.Unit)));
    }

    [Fact]
    public void A_qualifier_row_goes_after_the_scope_its_parent_starts_with()
    {
        var records = Extract("""
            <table><caption>表1 2025年年末人口数及其构成</caption>
            <tr><th>指标</th><th>年末数(万人)</th></tr>
            <tr><td>全市常住人口</td><td>845.00</td></tr>
            <tr><td>其中：城镇</td><td>612.10</td></tr>
            <tr><td>地区生产总值（亿元）</td><td>12000</td></tr>
            </table>
            """);
        Assert.Equal(["全市常住人口", "全市城镇常住人口"], records.Take(2).Select(r => r.Name));
    }

    [Fact]
    public void A_unit_in_the_row_header_a_column_of_row_numbers_and_an_index_without_a_unit_are_read()
    {
        var records = Extract("""
            <table><caption>表1 2025年主要指标</caption>
            <tr><th>序号</th><th>指标</th><th>绝对数</th></tr>
            <tr><td>1</td><td>地区生产总值（亿元）</td><td>12000</td></tr>
            <tr><td>2</td><td>海洋捕捞（国内）产量（万吨）</td><td>39.25</td></tr>
            <tr><td>3</td><td>居民消费价格指数</td><td>100.2</td></tr>
            </table>
            """);
        Assert.Equal([("地区生产总值", 12000m, "亿元"), ("海洋捕捞（国内）产量", 39.25m, "万吨"), ("居民消费价格指数", 100.2m, "")],
            records.Select(r => (r.Name!, r.Value, r.Unit)));
        Assert.Equal([2, 2, 2], records.Select(r => r.TableCell!.Column));
    }
}
