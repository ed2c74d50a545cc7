using System.CommandLine;
using System.Reflection;

namespace HongqiExtract.Cli.Commands;

/// <summary>
/// The tool's command line on System.CommandLine, built from <see cref="CommandSpecs"/>: --help, -h and -?
/// on the root and every command (with every option described), typo suggestions, parse errors on
/// stderr with exit 2, and completions through dotnet-suggest ([suggest] directive).
/// </summary>
internal static class ToolParser
{
    /// <summary>What the command line asked for: a command with its arguments, or an action the parser ran itself (help, an error, completions).</summary>
    public sealed record Parsed(CommandSpec? Spec, ParsedArguments? Arguments, ParseResult Result)
    {
        /// <summary>Help or a directive ([suggest]) was asked for: an action of the parser's own, not a command's, and no error.</summary>
        public bool AsksParser => Result.Errors.Count == 0 && Result.Action is not null && Result.Action != Result.CommandResult.Command.Action;
    }

    /// <summary>The informational version, with the commit it was built from (0.2.0+83c54c2…).</summary>
    public static string Version =>
        typeof(ToolParser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolParser).Assembly.GetName().Version?.ToString() ?? "unknown";

    private static readonly Lazy<(RootCommand Root, Dictionary<Command, (CommandSpec Spec, Argument<string[]>? Argument, List<(OptionSpec Spec, Option Option)> Options)> Commands)> Tree = new(Build);

    public static RootCommand Root => Tree.Value.Root;

    public static Parsed Parse(string[] args)
    {
        var (root, commands) = Tree.Value;
        var result = root.Parse(args);
        // Help, a parse error or a directive ([suggest]) is an action of the parser's own, not the command's.
        var parsed = new Parsed(null, null, result);
        if (result.Errors.Count > 0 || !commands.TryGetValue(result.CommandResult.Command, out var command) || parsed.AsksParser) return parsed;
        var (spec, argument, options) = command;
        var positional = argument is null ? [] : result.GetValue(argument) ?? [];
        // An unknown --option lands among the arguments (System.CommandLine takes it for an INPUT): name it, with the nearest known one.
        if (positional.FirstOrDefault(p => p.Length > 1 && p[0] == '-') is { } unknown)
            throw new UsageException($"unknown option {unknown}" + (Nearest(unknown, spec.Options) is { } near ? $"; did you mean {near}?" : ""));
        var values = new List<(string, string)>();
        foreach (var (optionSpec, option) in options)
        {
            if (result.GetResult(option) is not { Implicit: false }) continue;
            if (optionSpec.Value is null) values.Add((optionSpec.Name, "true"));
            else if (optionSpec.Repeatable) values.AddRange((result.GetValue((Option<string[]>)option) ?? []).Select(v => (optionSpec.Name, v)));
            else if (result.GetValue((Option<string>)option) is { } value) values.Add((optionSpec.Name, value));
        }
        return new Parsed(spec, new ParsedArguments(positional, values), result);
    }

    /// <summary>The known option within two edits of what was typed, if any.</summary>
    private static string? Nearest(string typed, IEnumerable<OptionSpec> options) =>
        options.Select(o => (o.Name, Distance: Edits(typed, o.Name))).Where(o => o.Distance <= 2).OrderBy(o => o.Distance).Select(o => o.Name).FirstOrDefault();

    private static int Edits(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    private static (RootCommand, Dictionary<Command, (CommandSpec, Argument<string[]>?, List<(OptionSpec, Option)>)>) Build()
    {
        var root = new RootCommand("hongqi: numeric indicators from Chinese government reports (work reports, communiqués, plans, news), as typed records.") { HelpName = "hongqi" };
        // --version is answered before parsing, from this assembly (under a test host the entry assembly is another).
        foreach (var version in root.Options.OfType<VersionOption>().ToList()) root.Options.Remove(version);
        var commands = new Dictionary<Command, (CommandSpec, Argument<string[]>?, List<(OptionSpec, Option)>)>();
        foreach (var spec in CommandSpecs.All)
        {
            var command = new Command(spec.Name, spec.Description);
            Argument<string[]>? argument = null;
            if (spec.Arguments.Length > 0) command.Add(argument = new Argument<string[]>(spec.Arguments) { Arity = ArgumentArity.ZeroOrMore });
            var options = spec.Options.Select(o => (o, Create(o))).ToList();
            foreach (var (_, option) in options) command.Add(option);
            // A marker action: the parser reports which command was chosen; the tool runs it inside its own error handling.
            command.SetAction(_ => 0);
            root.Add(command);
            commands[command] = (spec, argument, options);
        }
        return (root, commands);
    }

    private static Option Create(OptionSpec spec)
    {
        var aliases = spec.Aliases ?? [];
        Option option = spec.Value is null ? new Option<bool>(spec.Name, aliases)
            : spec.Repeatable ? new Option<string[]>(spec.Name, aliases) { AllowMultipleArgumentsPerToken = false }
            : new Option<string>(spec.Name, aliases);
        option.Description = spec.Description;
        if (spec.Value is not null) option.HelpName = spec.Value;
        return option;
    }
}
