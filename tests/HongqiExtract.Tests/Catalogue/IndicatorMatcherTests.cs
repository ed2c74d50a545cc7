using HongqiExtract.Catalogue;
using HongqiExtract.Output;

namespace HongqiExtract.Tests.Catalogue;

/// <summary>The matcher's stages on a small catalogue written here, and the shipped catalogue's own rules.</summary>
public class IndicatorMatcherTests
{
    private static readonly IndicatorMatcher Matcher = new(new IndicatorCatalogue([
        "id\tname\taliases\tunit_family\tcategory\tnbs_name",
        "gdp\t地区生产总值\t国内生产总值|生产总值|GDP\tcurrency\teconomy\t国内生产总值",
        "industrial_value_added_above_scale\t规模以上工业增加值\t\tcurrency\tindustry\t",
        "urban_disposable_income_per_capita\t城镇居民人均可支配收入\t\tcurrency\tincome\t",
        "rural_disposable_income_per_capita\t农村居民人均可支配收入\t\tcurrency\tincome\t",
        "new_urban_jobs\t城镇新增就业\t新增城镇就业\tpeople\temployment\t",
        "surveyed_urban_unemployment_rate\t城镇调查失业率\t\tpercent\temployment\t",
    ]));

    [Theory]
    [InlineData("国内生产总值", "CNY", IndicatorKind.Level, "gdp")]
    [InlineData("全省地区生产总值", "%", IndicatorKind.Growth, "gdp")]
    [InlineData("河南省生产总值", "CNY", IndicatorKind.Level, "gdp")]
    [InlineData("地区生产总值（GDP）", "CNY", IndicatorKind.Level, "gdp")]
    [InlineData("地区生产总值增速", "%", IndicatorKind.Growth, "gdp")]
    [InlineData("规上工业增加值", "%", IndicatorKind.Growth, "industrial_value_added_above_scale")]
    [InlineData("规模以上工业增长值", "%", IndicatorKind.Growth, "industrial_value_added_above_scale")]
    [InlineData("我市新增城镇就业", "人", IndicatorKind.Increase, "new_urban_jobs")]
    [InlineData("城镇居民人均可支配收入", "CNY", IndicatorKind.Level, "urban_disposable_income_per_capita")]
    [InlineData("农村居民人均可支配收入", "%", IndicatorKind.Growth, "rural_disposable_income_per_capita")]
    public void A_name_gets_its_indicator_by_alias_or_rule(string name, string unit, IndicatorKind kind, string id) =>
        Assert.Equal(id, Matcher.Match(name, unit, kind));

    [Theory]
    [InlineData("工业增加值", "%")]              // a whole, not the part above designated size
    [InlineData("居民人均可支配收入", "CNY")]       // neither the urban nor the rural one
    [InlineData("城镇调查失业率", "CNY")]          // a rate does not come in yuan
    [InlineData("城镇新增就业", "CNY")]
    [InlineData("投资", "CNY")]
    [InlineData(null, "CNY")]
    public void A_name_the_catalogue_does_not_hold_or_whose_unit_contradicts_it_gets_none(string? name, string unit) =>
        Assert.Null(Matcher.Match(name, unit, IndicatorKind.Level));

    [Fact]
    public void A_rate_word_is_dropped_only_from_a_rate()
    {
        Assert.Equal("gdp", Matcher.Match("地区生产总值增长", "%", IndicatorKind.Growth));
        Assert.Null(Matcher.Match("地区生产总值增长", "CNY", IndicatorKind.Level));
    }

    [Fact]
    public void A_long_name_one_character_off_its_form_still_matches()
    {
        // Over 64 characters: matching keeps the bigram offsets on the heap, and the constructor's buffer grows.
        string form = new(Enumerable.Range(0, 70).Select(i => (char)(0x4E00 + 37 * i)).ToArray());
        var matcher = new IndicatorMatcher(new IndicatorCatalogue([
            "id\tname\taliases\tunit_family\tcategory\tnbs_name",
            $"long_form\t{form}\t\tpeople\temployment\t",
            "gdp\t地区生产总值\t\tcurrency\teconomy\t",
        ]));
        Assert.Equal("long_form", matcher.Match(form[..35] + '丁' + form[36..], "人", IndicatorKind.Level));
        Assert.Null(matcher.Match(form[..30] + new string('丁', 40), "人", IndicatorKind.Level));
    }

    [Fact]
    public void A_catalogue_whose_form_names_two_indicators_fails_to_load()
    {
        var error = Assert.Throws<FormatException>(() => new IndicatorCatalogue(["a\t甲\t乙\tcurrency\teconomy\t", "b\t乙\t\tcurrency\teconomy\t"]));
        Assert.Contains("乙", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_catalogue_has_the_indicators_analysts_ask_for_with_valid_fields()
    {
        var catalogue = IndicatorCatalogue.Shared;
        Assert.True(catalogue.Entries.Count >= 150, $"{catalogue.Entries.Count} indicators");
        string[] categories = ["economy", "fiscal", "industry", "innovation", "trade", "agriculture", "employment", "income", "social", "environment", "infrastructure", "governance", "other"];
        Assert.All(catalogue.Entries, e =>
        {
            Assert.Matches("^[a-z][a-z0-9_]*$", e.Id);
            Assert.DoesNotMatch("_(growth|rise|rate_of_growth)$", e.Id);
            Assert.Contains(e.Category, categories);
        });
        foreach (var (name, id) in new[] { ("国内生产总值", "gdp"), ("居民消费价格", "cpi"), ("城镇新增就业", "new_urban_jobs"), ("常住人口城镇化率", "urbanization_rate") })
            Assert.Equal(id, catalogue.ByForm(name)?.Id);
    }
}
