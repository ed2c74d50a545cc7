using System.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace HongqiExtract.Tests.Cli;

/// <summary>
/// The scale-out recipes of samples/ScaleOut, checked short of their engines (the Slurm one runs on a
/// real single-node cluster in tests/scale-out/slurm.sh): the Kubernetes Job is an indexed Job whose
/// shard count matches, the shell recipes parse, and the Spark pipe command turns JSON Lines into records
/// the way rdd.pipe feeds it.
/// </summary>
public partial class ScaleOutRecipeTests
{
    private static string Recipe(string name) => Path.Combine(SharedData.RepoRoot, "samples", "ScaleOut", name);

    [GeneratedRegex(@"--shard \$\{JOB_COMPLETION_INDEX\}/([0-9]+)")]
    private static partial Regex IndexedShard();

    [Fact]
    public void The_kubernetes_recipe_is_an_indexed_job_with_one_shard_per_completion()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Recipe("k8s-indexed-job.yaml"))));
        var root = (YamlMappingNode)yaml.Documents.Single().RootNode;
        string Scalar(YamlNode node, params string[] path) =>
            ((YamlScalarNode)path.Aggregate(node, (n, key) => ((YamlMappingNode)n)[new YamlScalarNode(key)])).Value!;
        Assert.Equal(("batch/v1", "Job"), (Scalar(root, "apiVersion"), Scalar(root, "kind")));
        Assert.Equal("Indexed", Scalar(root, "spec", "completionMode"));
        Assert.Equal("Never", Scalar(root, "spec", "template", "spec", "restartPolicy"));
        int completions = int.Parse(Scalar(root, "spec", "completions"), System.Globalization.CultureInfo.InvariantCulture);
        var container = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)root["spec"])["template"])["spec"])["containers"]).Single();
        var args = string.Join(' ', ((YamlSequenceNode)container["args"]).Select(a => ((YamlScalarNode)a).Value));
        var shard = IndexedShard().Match(args);
        Assert.True(shard.Success, args);
        Assert.Equal(completions, int.Parse(shard.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("--manifest", args, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slurm-array.sbatch")]
    [InlineData("parallel.sh")]
    public void A_shell_recipe_parses(string name)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-n", Recipe(name)]) { RedirectStandardError = true })!;
        var error = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        Assert.True(bash.ExitCode == 0, error);
    }

    [Fact]
    public void The_spark_pipe_command_turns_json_lines_into_records_as_rdd_pipe_feeds_it()
    {
        var script = File.ReadAllText(Recipe("spark-pipe.py"));
        var command = Regex.Match(script, @"\.pipe\(""hongqi ([^""]+)""\)").Groups[1].Value;
        Assert.Equal("extract - --stdin-jsonl --quiet", command);
        var tool = Path.Combine(SharedData.RepoRoot, "src", "HongqiExtract.Cli", "bin", SharedData.Configuration, "net10.0", "hongqi.dll");
        var start = new ProcessStartInfo("dotnet", [tool, .. command.Split(' ')]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var run = Process.Start(start)!;
        // rdd.pipe writes one element a line to the process's stdin, then closes it.
        run.StandardInput.WriteLine("{\"doc\": \"a\", \"text\": \"全年地区生产总值6.66万亿元，增长5.6%。\"}");
        run.StandardInput.WriteLine("{\"doc\": \"b\", \"text\": \"城镇新增就业110万人。\"}");
        run.StandardInput.Close();
        var lines = run.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        run.WaitForExit();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a", "a", "b"], lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()));
    }
}
