namespace HongqiExtract.Indicators;

/// <summary>Cue words by group (Resources/Indicators/cues.txt and the like), loaded once, read-only afterwards.</summary>
internal sealed class CueLexicon
{
    private static readonly Lazy<CueLexicon> SharedInstance = new(() => new CueLexicon("Indicators/cues.txt"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<CueLexicon> DocumentKindInstance = new(() => new CueLexicon("Structure/document-kinds.txt"), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, HashSet<string>> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string From, string To)[]> _pairs = new(StringComparer.Ordinal);

    private CueLexicon(string resource)
    {
        HashSet<string>? current = null;
        foreach (var line in Lexicons.ReadLines(resource))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = new HashSet<string>(StringComparer.Ordinal);
                _groups[line[1..^1]] = current;
                continue;
            }
            if (current is null) throw new InvalidOperationException($"{resource}: words before the first [group]");
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries)) current.Add(word);
        }
        // Groups of A=B rewrites are split once here, not on every use.
        foreach (var (group, words) in _groups)
            if (words.Count > 0 && words.All(w => w.IndexOf('=', StringComparison.Ordinal) > 0))
                _pairs[group] = words.Select(w => (w[..w.IndexOf('=', StringComparison.Ordinal)], w[(w.IndexOf('=', StringComparison.Ordinal) + 1)..])).ToArray();
    }

    /// <summary>A group of A=B rewrites, as (from, to) pairs.</summary>
    public IReadOnlyList<(string From, string To)> Pairs(string group) => _pairs[group];

    /// <summary>Whether <paramref name="text"/> starts with a word of the group.</summary>
    public bool StartsWithAny(string group, ReadOnlySpan<char> text)
    {
        foreach (var word in _groups[group])
            if (text.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    public static CueLexicon Shared => SharedInstance.Value;

    /// <summary>The words that tell a document's kind (Resources/Structure/document-kinds.txt).</summary>
    public static CueLexicon DocumentKinds => DocumentKindInstance.Value;

    public IReadOnlySet<string> this[string group] => _groups[group];

    public bool Is(string group, string word) => _groups[group].Contains(word);

    /// <summary>The first word of the group that occurs in <paramref name="text"/>, or null.</summary>
    public string? FindIn(string group, ReadOnlySpan<char> text)
    {
        foreach (var word in _groups[group])
            if (text.Contains(word, StringComparison.Ordinal)) return word;
        return null;
    }

    /// <summary>The longest word of the group that <paramref name="text"/> ends with, or null.</summary>
    public string? EndingOf(string group, ReadOnlySpan<char> text)
    {
        string? best = null;
        foreach (var word in _groups[group])
            if (text.EndsWith(word, StringComparison.Ordinal) && (best is null || word.Length > best.Length)) best = word;
        return best;
    }
}
