using System.Reflection;
using HongqiExtract.Binding;
using HongqiExtract.Lexicons;

namespace HongqiExtract.Tests.Conventions;

/// <summary>Every cue file and its enum agree, so a misspelt group fails here and not on a sentence in a batch.</summary>
public class CueLexiconTests
{
    public static IEnumerable<object[]> CueEnums() =>
        typeof(CueLexicon<>).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.GetCustomAttribute<CueFileAttribute>() is not null)
            .Select(t => new object[] { t.FullName! });

    [Theory]
    [MemberData(nameof(CueEnums))]
    public void Every_cue_file_loads_with_every_group_of_its_enum_and_no_other(string enumName)
    {
        var type = typeof(CueLexicon<>).Assembly.GetType(enumName)!;
        var lexicon = typeof(CueLexicon<>).MakeGenericType(type).GetProperty("Shared")!.GetValue(null)!;
        var indexer = lexicon.GetType().GetProperty("Item")!;
        foreach (var group in Enum.GetValues(type))
            Assert.NotEmpty((IEnumerable<string>)indexer.GetValue(lexicon, [group])!);
    }

    [Fact]
    public void There_are_cue_files_for_binding_classification_filtering_and_structure()
    {
        var namespaces = CueEnums().Select(e => ((string)e[0])[..((string)e[0]).LastIndexOf('.')]).ToHashSet();
        Assert.Superset(new HashSet<string> { "HongqiExtract.Binding", "HongqiExtract.Classification", "HongqiExtract.Filtering", "HongqiExtract.Structure" }, namespaces);
    }

    private enum MisspeltCue { NameTrailing, NameTrailling }

    private enum PartialCue { NameTrailing }

    [Fact]
    public void A_group_the_file_lacks_fails_at_load_naming_it()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new CueLexicon<MisspeltCue>("Binding/cues.txt"));
        Assert.Contains("[name-trailling]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_the_enum_lacks_fails_at_load_naming_it()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new CueLexicon<PartialCue>("Binding/cues.txt"));
        Assert.Contains("[name-leading]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kebab_case_maps_member_names_to_groups() =>
        Assert.Equal("qualifying-parentheticals", CueLexicon<BindingCue>.KebabCase(nameof(BindingCue.QualifyingParentheticals)));
}
