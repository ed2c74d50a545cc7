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
    private readonly Dictionary<string, string> _implied;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _numeralWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _unitFalseStarts;
    private readonly int _maxFalseStartLength;
    private readonly int _maxNumeralWordLength;
    private readonly decimal[] _scaleFactors = new decimal[char.MaxValue + 1];
    private readonly int _maxUnitLength;
    private readonly int _maxBeforeLength;
    private readonly int _maxAfterLength;

    private UnitLexicon()
    {
        var units = new Dictionary<string, UnitEntry>(StringComparer.Ordinal);
        foreach (var line in LexiconResources.ReadLines("Recognition/units.tsv"))
        {
            var f = line.Split('\t');
            units[f[0]] = new UnitEntry(f[0], f[1], Enum.Parse<UnitCategory>(f[2], ignoreCase: true));
        }
        _units = units.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxUnitLength = units.Keys.Max(k => k.Length);

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
        _maxBeforeLength = before.Keys.Max(k => k.Length);
        _maxAfterLength = after.Keys.Max(k => k.Length);

        var falseStarts = new HashSet<string>(LexiconResources.ReadLines("Recognition/unit-false-starts.txt"), StringComparer.Ordinal);
        _unitFalseStarts = falseStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxFalseStartLength = falseStarts.Max(w => w.Length);

        var numeralWords = new HashSet<string>(LexiconResources.ReadLines("Recognition/numeral-words.txt"), StringComparer.Ordinal);
        _numeralWords = numeralWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxNumeralWordLength = numeralWords.Max(w => w.Length);

        _implied = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LexiconResources.ReadLines("Recognition/implied-units.tsv"))
        {
            var f = line.Split('\t');
            _implied[f[0]] = f[1];
        }
    }

    /// <summary>The lexicon, loaded on first use.</summary>
    public static UnitLexicon Shared => SharedInstance.Value;

    /// <summary>The factor of a scale character (1e8 for 亿), 0 when it is none.</summary>
    public decimal ScaleFactor(char c) => _scaleFactors[c];

    /// <summary>The length of a word with numeral characters that is no number (四川, 统一, 一带一路) starting text, or 0.</summary>
    public int NumeralWordAt(ReadOnlySpan<char> text)
    {
        for (int length = Math.Min(_maxNumeralWordLength, text.Length); length > 1; length--)
            if (_numeralWords.Contains(text[..length])) return length;
        return 0;
    }

    /// <summary>The longest unit that starts at <paramref name="text"/>[0], unless a word that only begins like a unit stands there (家庭).</summary>
    public UnitEntry? MatchUnit(ReadOnlySpan<char> text)
    {
        UnitEntry? found = null;
        for (int length = Math.Min(_maxUnitLength, text.Length); length > 0 && found is null; length--)
            if (_units.TryGetValue(text[..length], out var entry)) found = entry;
        if (found is null) return null;
        // 人民币 is a unit though 人民 is a word; 家庭 is no 家.
        for (int length = Math.Min(_maxFalseStartLength, text.Length); length > found.Unit.Length; length--)
            if (_unitFalseStarts.Contains(text[..length])) return null;
        return found;
    }

    /// <summary>The longest qualifier that ends right before the number: text is everything before it.</summary>
    public (Qualifier Qualifier, int Length)? MatchBefore(ReadOnlySpan<char> textBefore)
    {
        for (int length = Math.Min(_maxBeforeLength, textBefore.Length); length > 0; length--)
            if (_before.TryGetValue(textBefore[^length..], out var q)) return (q, length);
        return null;
    }

    /// <summary>The longest qualifier that starts at <paramref name="text"/>[0].</summary>
    public (Qualifier Qualifier, int Length)? MatchAfter(ReadOnlySpan<char> text)
    {
        for (int length = Math.Min(_maxAfterLength, text.Length); length > 0; length--)
            if (_after.TryGetValue(text[..length], out var q)) return (q, length);
        return null;
    }

    /// <summary>The classifier implied by a noun that starts <paramref name="text"/> (监测对象 → 人), if any.</summary>
    public string? ImpliedUnitAtStart(string text)
    {
        for (int length = Math.Min(6, text.Length); length > 1; length--)
            if (_implied.TryGetValue(text[..length], out var unit)) return unit;
        return null;
    }

    /// <summary>The classifier implied by a noun that ends <paramref name="name"/> (农村人口 → 人), if any.</summary>
    public string? ImpliedUnitAtEnd(string name)
    {
        for (int length = Math.Min(6, name.Length); length > 1; length--)
            if (_implied.TryGetValue(name[^length..], out var unit)) return unit;
        return null;
    }
}
