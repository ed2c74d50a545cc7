using System.Collections.Immutable;
using System.Text;

namespace HongqiExtract.Lexicons;

/// <summary>
/// The cue words of one stage, by group: a file of <c>[group]</c> lines, each followed by words
/// separated by spaces (or, for a group of rewrites, <c>A=B</c> pairs). The groups are the members of
/// <typeparamref name="TGroup"/>, written in kebab-case (<c>NameTrailing</c> ↔ <c>[name-trailing]</c>);
/// loading fails when the file and the enum disagree, so a misspelt group fails the first test, not a
/// sentence at run time. Read-only after loading and thread-safe.
/// </summary>
/// <typeparam name="TGroup">The stage's cue groups.</typeparam>
internal sealed class CueLexicon<TGroup> where TGroup : struct, Enum
{
    private static readonly Lazy<CueLexicon<TGroup>> SharedInstance = new(
        () => new CueLexicon<TGroup>(typeof(TGroup).GetCustomAttributes(typeof(CueFileAttribute), false).OfType<CueFileAttribute>().SingleOrDefault()?.Resource
            ?? throw new InvalidOperationException($"{typeof(TGroup).Name} names no cue file")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon of the file <typeparamref name="TGroup"/>'s <see cref="CueFileAttribute"/> names, loaded once.</summary>
    public static CueLexicon<TGroup> Shared => SharedInstance.Value;

    private readonly HashSet<string>[] _groups;
    // The words of each group in file order: iterated without an enumerator allocation, and FindIn's "first" is the file's.
    private readonly ImmutableArray<string>[] _words;
    private readonly (string From, string To)[]?[] _pairs;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _spanLookups;
    // The word lengths of each group by first and last character, and by first and last two: prefix and
    // suffix matches probe the group's set at those lengths instead of comparing every word (256 slots
    // each: 8 KB a group).
    private readonly KeyLengths[] _prefixLengths;
    private readonly KeyLengths[] _suffixLengths;
    // What an occurrence search looks for in each group (its words, or a rewrite group's A sides): their
    // first characters, searched four a step in a sparse table, then the words starting there probed by
    // length. For a group of words the lookup and lengths are the prefix match's own.
    private readonly SparseCharTable[] _needleFirsts;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _needleLookups;
    private readonly KeyLengths[] _needleLengths;
    private const int LengthSlots = 256;

    /// <summary>Loads the groups of an embedded file.</summary>
    /// <param name="resource">The path under Resources/.</param>
    public CueLexicon(string resource)
    {
        if (Enum.GetUnderlyingType(typeof(TGroup)) != typeof(int)) throw new InvalidOperationException($"{typeof(TGroup).Name} must be int-backed");
        var members = Enum.GetValues<TGroup>();
        _groups = new HashSet<string>[members.Length];
        _pairs = new (string, string)[]?[members.Length];
        var byName = members.ToDictionary(m => KebabCase(m.ToString()), m => Index(m), StringComparer.Ordinal);
        HashSet<string>? current = null;
        var problems = new List<string>();
        foreach (var line in LexiconResources.ReadLines(resource))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                if (byName.TryGetValue(line[1..^1], out int index)) current = _groups[index] = new HashSet<string>(StringComparer.Ordinal);
                else
                {
                    problems.Add($"the group {line} is not one of {typeof(TGroup).Name}");
                    current = [];
                }
                continue;
            }
            if (current is null) throw new InvalidOperationException($"{resource}: words before the first [group]");
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries)) current.Add(word);
        }
        foreach (var (name, index) in byName)
            if (_groups[index] is null) problems.Add($"the group [{name}] of {typeof(TGroup).Name} is missing");
        if (problems.Count > 0) throw new InvalidOperationException($"{resource}: {string.Join("; ", problems)}");
        foreach (var (name, index) in byName)
        {
            var words = _groups[index];
            // Groups of A=B rewrites are split once here, not on every use.
            if (words.Count > 0 && words.All(w => w.IndexOf('=', StringComparison.Ordinal) > 0))
                _pairs[index] = words.Select(w => (w[..w.IndexOf('=', StringComparison.Ordinal)], w[(w.IndexOf('=', StringComparison.Ordinal) + 1)..])).ToArray();
        }
        _spanLookups = _groups.Select(g => g.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        _words = _groups.Select(g => g.ToImmutableArray()).ToArray();
        _prefixLengths = _groups.Select(g => KeyLengths.ByFirst(g, slots: LengthSlots, pairSlots: LengthSlots)).ToArray();
        _suffixLengths = _groups.Select(g => KeyLengths.ByLast(g, slots: LengthSlots, pairSlots: LengthSlots)).ToArray();
        var froms = _pairs.Select(pairs => pairs?.Select(p => p.From).ToHashSet(StringComparer.Ordinal)).ToArray();
        _needleFirsts = _groups.Select((g, i) => new SparseCharTable((froms[i] ?? g).Select(w => w[0]))).ToArray();
        _needleLookups = froms.Select((f, i) => f?.GetAlternateLookup<ReadOnlySpan<char>>() ?? _spanLookups[i]).ToArray();
        _needleLengths = froms.Select((f, i) => f is null ? _prefixLengths[i] : KeyLengths.ByFirst(f, slots: LengthSlots, pairSlots: LengthSlots)).ToArray();
    }

    /// <summary>The words of a group.</summary>
    public ImmutableArray<string> this[TGroup group] => _words[Index(group)];

    /// <summary>Whether <paramref name="word"/> is a word of the group.</summary>
    public bool Is(TGroup group, string word) => _groups[Index(group)].Contains(word);

    /// <summary>Whether the characters of <paramref name="word"/> are a word of the group; allocates nothing.</summary>
    public bool Is(TGroup group, ReadOnlySpan<char> word) => _spanLookups[Index(group)].Contains(word);

    /// <summary>Whether the single character <paramref name="c"/> is a word of the group.</summary>
    public bool Is(TGroup group, char c) => _spanLookups[Index(group)].Contains(new ReadOnlySpan<char>(in c));

    /// <summary>A group of A=B rewrites, as (from, to) pairs.</summary>
    public IReadOnlyList<(string From, string To)> Pairs(TGroup group) =>
        _pairs[Index(group)] ?? throw new InvalidOperationException($"[{KebabCase(group.ToString())}] is not a group of A=B rewrites");

    /// <summary>Whether <paramref name="text"/> starts with a word of the group.</summary>
    public bool StartsWithAny(TGroup group, ReadOnlySpan<char> text) => PrefixLength(group, text) > 0;

    /// <summary>Whether <paramref name="text"/> ends with a word of the group.</summary>
    public bool EndsWithAny(TGroup group, ReadOnlySpan<char> text) => EndingOf(group, text) is not null;

    /// <summary>The first word of the group that occurs in <paramref name="text"/>, or null.</summary>
    public string? FindIn(TGroup group, ReadOnlySpan<char> text)
    {
        // Most texts hold none: one search says so; the words are tried in file order only where one occurs.
        if (FirstOccurrence(Index(group), text) < 0) return null;
        foreach (var word in _words[Index(group)])
            if (text.Contains(word, StringComparison.Ordinal)) return word;
        return null;
    }

    /// <summary>The length of the longest word of the group <paramref name="text"/> starts with; 0 when none.</summary>
    public int PrefixLength(TGroup group, ReadOnlySpan<char> text)
    {
        int index = Index(group);
        foreach (int length in _prefixLengths[index].For(text))
            if (_spanLookups[index].Contains(text[..length])) return length;
        return 0;
    }

    /// <summary>Where the first occurrence of any word of the group (for a group of rewrites, the A of a pair) starts in <paramref name="text"/>; -1 when none does.</summary>
    public int IndexOfAny(TGroup group, ReadOnlySpan<char> text) => FirstOccurrence(Index(group), text);

    /// <summary>Whether a word of the group (for a group of rewrites, the A of a pair) occurs in <paramref name="text"/>.</summary>
    public bool Occurs(TGroup group, ReadOnlySpan<char> text) => FirstOccurrence(Index(group), text) >= 0;

    /// <summary>The first position where a needle of the group starts: the least of each needle's first occurrence.</summary>
    private int FirstOccurrence(int index, ReadOnlySpan<char> text)
    {
        var firsts = _needleFirsts[index];
        for (int at = firsts.IndexIn(text); at >= 0;)
        {
            var rest = text[at..];
            foreach (int length in _needleLengths[index].For(rest))
                if (_needleLookups[index].Contains(rest[..length])) return at;
            int next = firsts.IndexIn(rest[1..]);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return -1;
    }

    /// <summary>The longest word of the group that <paramref name="text"/> ends with, or null.</summary>
    public string? EndingOf(TGroup group, ReadOnlySpan<char> text)
    {
        int index = Index(group);
        foreach (int length in _suffixLengths[index].For(text))
            if (_spanLookups[index].TryGetValue(text[^length..], out var word)) return word;
        return null;
    }

    // Every cue group enum is int-backed: reading it as an int avoids boxing on each lookup.
    private static int Index(TGroup group) => System.Runtime.CompilerServices.Unsafe.As<TGroup, int>(ref group);

    /// <summary>NameTrailing → name-trailing.</summary>
    internal static string KebabCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}

/// <summary>Names the embedded file (a path under Resources/) whose groups a cue enum lists.</summary>
/// <param name="resource">The path under Resources/.</param>
[AttributeUsage(AttributeTargets.Enum)]
internal sealed class CueFileAttribute(string resource) : Attribute
{
    /// <summary>The path under Resources/.</summary>
    public string Resource { get; } = resource;
}
