using HongqiExtract.Lexicons;

namespace HongqiExtract.Catalogue;

/// <summary>
/// The shipped catalogue of canonical indicators, loaded once from Resources/Catalogue/indicators.tsv:
/// id, name, aliases, unit family, category, NBS name. Every name and alias names one id only; a file
/// that breaks this (or names an unknown unit family) fails when it loads, naming the line.
/// </summary>
public sealed class IndicatorCatalogue
{
    private static readonly Lazy<IndicatorCatalogue> SharedInstance = new(() => new IndicatorCatalogue(LexiconResources.ReadLines("Catalogue/indicators.tsv")));
    private readonly Dictionary<string, IndicatorEntry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndicatorEntry> _byForm = new(StringComparer.Ordinal);

    /// <summary>The catalogue shipped in the package.</summary>
    public static IndicatorCatalogue Shared => SharedInstance.Value;

    /// <summary>Reads a catalogue from its lines (the header line and # comments are skipped).</summary>
    /// <param name="lines">Tab-separated: id, name, aliases (| between), unit family, category, NBS name.</param>
    /// <exception cref="FormatException">A line is malformed, an id repeats, or a form names two ids.</exception>
    public IndicatorCatalogue(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            if (line.StartsWith("id\t", StringComparison.Ordinal) || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length < 5) throw new FormatException($"indicator catalogue: too few fields in '{line}'");
            if (!Enum.TryParse<UnitFamily>(fields[3].Trim(), ignoreCase: true, out var family)) throw new FormatException($"indicator catalogue: unknown unit family '{fields[3]}' in '{line}'");
            var aliases = fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            string? nbs = fields.Length > 5 && fields[5].Trim().Length > 0 ? fields[5].Trim() : null;
            var entry = new IndicatorEntry(fields[0].Trim(), fields[1].Trim(), aliases, family, fields[4].Trim(), nbs);
            if (!_byId.TryAdd(entry.Id, entry)) throw new FormatException($"indicator catalogue: id {entry.Id} repeats");
            foreach (var form in aliases.Prepend(entry.Name))
                if (_byForm.TryGetValue(form, out var other) && other.Id != entry.Id) throw new FormatException($"indicator catalogue: {form} names both {other.Id} and {entry.Id}");
                else _byForm[form] = entry;
        }
    }

    /// <summary>Every indicator, in file order.</summary>
    public IReadOnlyCollection<IndicatorEntry> Entries => _byId.Values;

    /// <summary>The indicator with this id, or null.</summary>
    public IndicatorEntry? this[string id] => _byId.GetValueOrDefault(id);

    /// <summary>The indicator a written form (name or alias) names exactly, or null.</summary>
    public IndicatorEntry? ByForm(string form) => _byForm.GetValueOrDefault(form);

    /// <summary>Every written form with its indicator, for scored matching.</summary>
    internal IReadOnlyDictionary<string, IndicatorEntry> Forms => _byForm;
}
