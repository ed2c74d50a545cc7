using HongqiExtract.Lexicons;
namespace HongqiExtract.Recognition.Units;

/// <summary>A unit of the lexicon: how it is written, its normalized form and its kind.</summary>
internal sealed record UnitEntry(string Unit, string NormalizedUnit, UnitCategory Category);

/// <summary>
/// The units, scales, qualifiers and implied classifiers, loaded once from the embedded lexicon files
/// and immutable afterwards. Lookups take spans and allocate nothing.
/// </summary>
internal sealed class UnitLexicon
{
    private static readonly Lazy<UnitLexicon> SharedInstance = new(() => new UnitLexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, UnitEntry>.AlternateLookup<ReadOnlySpan<char>> _units;
    private readonly Dictionary<string, Qualifier>.AlternateLookup<ReadOnlySpan<char>> _before;
    private readonly Dictionary<string, Qualifier>.AlternateLookup<ReadOnlySpan<char>> _after;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _implied;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _numeralWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _unitFalseStarts;
    private readonly decimal[] _scaleFactors = new decimal[char.MaxValue + 1];
    // The lengths each lookup probes, longest first (KeyLengths): the recognizer asks these at every
    // number, so they are also keyed by pairs of first (last) characters, which spare most probes (4 KB each:
    // the keys are short enough for a byte a slot).
    private const int PairSlots = 4096;
    private readonly KeyLengths _unitLengths;
    private readonly KeyLengths _falseStartLengths;
    private readonly KeyLengths _numeralWordLengths;
    private readonly KeyLengths _beforeLengths;
    private readonly KeyLengths _afterLengths;
    private readonly KeyLengths _impliedStartLengths;
    private readonly KeyLengths _impliedEndLengths;

    private UnitLexicon()
    {
        var units = new Dictionary<string, UnitEntry>(StringComparer.Ordinal);
        foreach (var line in LexiconResources.ReadLines("Recognition/units.tsv"))
        {
            var f = line.Split('\t');
            units[f[0]] = new UnitEntry(f[0], f[1], Enum.Parse<UnitCategory>(f[2], ignoreCase: true));
        }
        _units = units.GetAlternateLookup<ReadOnlySpan<char>>();
        _unitLengths = KeyLengths.ByFirst(units.Keys, pairSlots: PairSlots);

        foreach (var line in LexiconResources.ReadLines("Recognition/scales.tsv"))
        {
            var f = line.Split('\t');
            _scaleFactors[f[0][0]] = decimal.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        var before = new Dictionary<string, Qualifier>(StringComparer.Ordinal);
        var after = new Dictionary<string, Qualifier>(StringComparer.Ordinal);
        foreach (var line in LexiconResources.ReadLines("Recognition/qualifiers.tsv"))
        {
            var f = line.Split('\t');
            (f[1] == "before" ? before : after)[f[0]] = Enum.Parse<Qualifier>(f[2], ignoreCase: true);
        }
        _before = before.GetAlternateLookup<ReadOnlySpan<char>>();
        _after = after.GetAlternateLookup<ReadOnlySpan<char>>();
        _beforeLengths = KeyLengths.ByLast(before.Keys, pairSlots: PairSlots);
        _afterLengths = KeyLengths.ByFirst(after.Keys, pairSlots: PairSlots);

        var falseStarts = new HashSet<string>(LexiconResources.ReadLines("Recognition/unit-false-starts.txt"), StringComparer.Ordinal);
        _unitFalseStarts = falseStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        _falseStartLengths = KeyLengths.ByFirst(falseStarts, pairSlots: PairSlots);

        var numeralWords = new HashSet<string>(LexiconResources.ReadLines("Recognition/numeral-words.txt"), StringComparer.Ordinal);
        _numeralWords = numeralWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _numeralWordLengths = KeyLengths.ByFirst(numeralWords, minLength: 2, pairSlots: PairSlots);

        var implied = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LexiconResources.ReadLines("Recognition/implied-units.tsv"))
        {
            var f = line.Split('\t');
            implied[f[0]] = f[1];
        }
        _implied = implied.GetAlternateLookup<ReadOnlySpan<char>>();
        // Implied classifiers are matched at 2 to 6 characters.
        var impliedKeys = implied.Keys.Where(k => k.Length <= 6).ToList();
        _impliedStartLengths = KeyLengths.ByFirst(impliedKeys, minLength: 2, pairSlots: PairSlots);
        _impliedEndLengths = KeyLengths.ByLast(impliedKeys, minLength: 2, pairSlots: PairSlots);
    }

    /// <summary>The lexicon, loaded on first use.</summary>
    public static UnitLexicon Shared => SharedInstance.Value;

    /// <summary>The factor of a scale character (1e8 for 亿), 0 when it is none.</summary>
    public decimal ScaleFactor(char c) => _scaleFactors[c];

    /// <summary>The length of a word with numeral characters that is no number (四川, 统一, 一带一路) starting text, or 0.</summary>
    public int NumeralWordAt(ReadOnlySpan<char> text)
    {
        foreach (int length in _numeralWordLengths.For(text))
            if (_numeralWords.Contains(text[..length])) return length;
        return 0;
    }

    /// <summary>The longest unit that starts at <paramref name="text"/>[0], unless a word that only begins like a unit stands there (家庭).</summary>
    public UnitEntry? MatchUnit(ReadOnlySpan<char> text)
    {
        UnitEntry? found = null;
        foreach (int length in _unitLengths.For(text))
            if (_units.TryGetValue(text[..length], out found)) break;
        if (found is null) return null;
        // 人民币 is a unit though 人民 is a word; 家庭 is no 家.
        foreach (int length in _falseStartLengths.For(text, longerThan: found.Unit.Length))
            if (_unitFalseStarts.Contains(text[..length])) return null;
        return found;
    }

    /// <summary>The longest qualifier that ends right before the number: text is everything before it.</summary>
    public (Qualifier Qualifier, int Length)? MatchBefore(ReadOnlySpan<char> textBefore)
    {
        foreach (int length in _beforeLengths.For(textBefore))
            if (_before.TryGetValue(textBefore[^length..], out var q)) return (q, length);
        return null;
    }

    /// <summary>The longest qualifier that starts at <paramref name="text"/>[0].</summary>
    public (Qualifier Qualifier, int Length)? MatchAfter(ReadOnlySpan<char> text)
    {
        foreach (int length in _afterLengths.For(text))
            if (_after.TryGetValue(text[..length], out var q)) return (q, length);
        return null;
    }

    /// <summary>The classifier implied by a noun that starts <paramref name="text"/> (监测对象 → 人), if any.</summary>
    public string? ImpliedUnitAtStart(string text)
    {
        foreach (int length in _impliedStartLengths.For(text))
            if (_implied.TryGetValue(text.AsSpan(0, length), out var unit)) return unit;
        return null;
    }

    /// <summary>The classifier implied by a noun that ends <paramref name="name"/> (农村人口 → 人), if any.</summary>
    public string? ImpliedUnitAtEnd(string name)
    {
        foreach (int length in _impliedEndLengths.For(name))
            if (_implied.TryGetValue(name.AsSpan(name.Length - length), out var unit)) return unit;
        return null;
    }
}
