namespace HongqiExtract.Cli;

/// <summary>Positional arguments and --options of one command, checked against what the command accepts.</summary>
internal sealed class ParsedArguments
{
    private static readonly HashSet<string> Flags = ["--details", "--no-cv", "--quiet", "--stdin-jsonl", "--verbose", "--help", "--parquet-decimal", "--csv-bom"];

    /// <summary>Short forms of the common options.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["-o"] = "--output", ["-f"] = "--format", ["-j"] = "--jobs", ["-q"] = "--quiet", ["-v"] = "--verbose", ["-h"] = "--help", ["-?"] = "--help",
    };

    /// <summary>Whether the command was asked for its help (--help, -h, -?).</summary>
    public bool WantsHelp => Has("--help");

    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static ParsedArguments Parse(ReadOnlySpan<string> args)
    {
        var parsed = new ParsedArguments();
        for (int i = 0; i < args.Length; i++)
        {
            var arg = Aliases.GetValueOrDefault(args[i], args[i]);
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                string name = arg, value;
                int eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0) { name = arg[..eq]; value = arg[(eq + 1)..]; }
                else if (Flags.Contains(arg)) value = "true";
                else if (i + 1 < args.Length) value = args[++i];
                else throw new UsageException($"option {arg} needs a value");
                if (!parsed._options.TryGetValue(name, out var list)) parsed._options[name] = list = [];
                list.Add(value);
            }
            else
            {
                parsed.Positional.Add(arg);
            }
        }
        return parsed;
    }

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v[^1] : null;

    public IReadOnlyList<string> GetAll(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public bool Has(string name) => _options.ContainsKey(name);

    public int? GetInt(string name)
    {
        var value = Get(name);
        if (value is null) return null;
        return int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException($"{name} takes a whole number, not '{value}'");
    }

    /// <summary>Fails on any option the command does not know, so typos are not silently ignored.</summary>
    public ParsedArguments Allow(params string[] names)
    {
        foreach (var name in _options.Keys)
            if (!names.Contains(name)) throw new UsageException($"unknown option {name}");
        return this;
    }
}
