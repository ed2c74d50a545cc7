using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace HongqiExtract.Tests;

/// <summary>Packs the library and the tool, unpacks them and checks what a consumer gets.</summary>
public sealed class PackageTests
{
    private static readonly Lazy<string> Packed = new(Pack);

    private static string Pack()
    {
        var output = Directory.CreateTempSubdirectory("hongqi-pack-").FullName;
        foreach (var project in new[] { "src/HongqiExtract/HongqiExtract.csproj", "src/HongqiExtract.Cli/HongqiExtract.Cli.csproj" })
        {
            var start = new ProcessStartInfo("dotnet", ["pack", Path.Combine(SharedData.RepoRoot, project), "-c", "Release", "-o", output, "--nologo", "-p:ContinuousIntegrationBuild=true"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var log = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet pack {project} failed:\n{log}");
        }
        return output;
    }

    private static ZipArchive Open(string name) => ZipFile.OpenRead(Path.Combine(Packed.Value, name));

    [Fact]
    public void Library_package_has_readme_licence_docs_metadata_and_compiled_dictionaries()
    {
        using var package = Open("HongqiExtract.0.2.0.nupkg");
        var names = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", names);
        Assert.Contains("lib/net10.0/HongqiExtract.dll", names);
        Assert.Contains("lib/net10.0/HongqiExtract.xml", names);

        XNamespace ns = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";
        using var nuspecStream = package.GetEntry("HongqiExtract.nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Element(ns + "metadata")!;
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")!.Value));
        Assert.Contains("government-report", metadata.Element(ns + "tags")!.Value, StringComparison.Ordinal);
        Assert.NotNull(metadata.Element(ns + "repository")!.Attribute("commit"));
        // jieba.NET's data is compiled in at build time: neither jieba.NET nor its dependencies are the consumer's.
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToList();
        Assert.Contains("AngleSharp", dependencies);
        Assert.DoesNotContain("jieba.NET", dependencies);
        Assert.DoesNotContain("Newtonsoft.Json", dependencies);
        // Word files are read as zip and XML, and GB18030 is told from Big5 by the package's own statistics.
        Assert.DoesNotContain("DocumentFormat.OpenXml", dependencies);
        Assert.DoesNotContain("UTF.Unknown", dependencies);

        using var dll = new MemoryStream();
        using (var entry = package.GetEntry("lib/net10.0/HongqiExtract.dll")!.Open()) entry.CopyTo(dll);
        dll.Position = 0;
        using var pe = new PEReader(dll);
        var reader = pe.GetMetadataReader();
        var resources = reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).ToList();
        Assert.DoesNotContain(resources, r => r.StartsWith("HongqiExtract.Jieba.", StringComparison.Ordinal)); // the text forms stay out
        foreach (var required in new[] { "HongqiExtract.Segmentation.words.trie", "HongqiExtract.Segmentation.hmm.model", "HongqiExtract.Classification.target.bin", "HongqiExtract.Classification.category.bin", "HongqiExtract.Resources.Recognition/units.tsv", "HongqiExtract.Resources.Segmentation/user-dict.txt", "HongqiExtract.Resources.Binding/cues.txt", "HongqiExtract.Resources.Classification/target-cues.txt", "HongqiExtract.Resources.Filtering/not-indicators.txt", "HongqiExtract.Resources.Structure/document-kinds.txt" })
            Assert.Contains(required, resources);
        // A deterministic build marks itself reproducible in the debug directory.
        Assert.Contains(pe.ReadDebugDirectory(), d => d.Type == DebugDirectoryEntryType.Reproducible);
    }

    [Fact]
    public void Symbols_package_holds_the_portable_pdb()
    {
        using var symbols = Open("HongqiExtract.0.2.0.snupkg");
        Assert.Contains(symbols.Entries, e => e.FullName == "lib/net10.0/HongqiExtract.pdb");
    }

    [Fact]
    public void Tool_package_installs_the_hongqi_command()
    {
        using var tool = Open("HongqiExtract.Cli.0.2.0.nupkg");
        using var settings = tool.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(settings).Descendants("Command").Single();
        Assert.Equal("hongqi", command.Attribute("Name")!.Value);
        Assert.Equal("hongqi.dll", command.Attribute("EntryPoint")!.Value);
        Assert.Contains(tool.Entries, e => e.FullName == "tools/net10.0/any/HongqiExtract.dll");
        // The build's resource compiler runs at build time only: none of it ships.
        Assert.DoesNotContain(tool.Entries, e => e.FullName.Contains("ResourceCompiler", StringComparison.Ordinal));
        Assert.Contains(tool.Entries, e => e.FullName == "README.md");
    }
}
