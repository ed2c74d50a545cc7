namespace HongqiExtract.Cli;

/// <summary>Positional arguments and --options of one command as <see cref="Commands.ToolParser"/> read them, checked against what the command accepts.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    /// <summary>Arguments a parser has already read: the positional ones and each option's values, in order.</summary>
    public ParsedArguments(IEnumerable<string> positional, IEnumerable<(string Name, string Value)> options)
    {
        Positional.AddRange(positional);
        foreach (var (name, value) in options)
        {
            if (!_options.TryGetValue(name, out var list)) _options[name] = list = [];
            list.Add(value);
        }
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
