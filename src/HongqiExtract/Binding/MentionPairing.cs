using HongqiExtract.Lexicons;
using HongqiExtract.Documents;
using HongqiExtract.Recognition;

namespace HongqiExtract.Binding;

/// <summary>
/// What the values of one sentence share before each is bound: a from-value and the change that
/// follows it (从5家增至25家), and a unit written once after the last of several values (1409万、1305万人次).
/// </summary>
internal sealed class MentionPairing
{
    /// <summary>How close a 从/由 must stand before a from-value, and how short the text between it and its change.</summary>
    private const int FromWindow = 6;

    /// <summary>How far before a from-value its 从/由 may stand when a year comes between (从2021年末的46503元).</summary>
    private const int FromYearWindow = 10;

    private readonly Quantity?[] _fromOf;
    private readonly bool[] _isFrom;

    private MentionPairing(int count)
    {
        _fromOf = new Quantity?[count];
        _isFrom = new bool[count];
    }

    /// <summary>The from-value bound with the change at <paramref name="index"/>, or null.</summary>
    public Quantity? FromOf(int index) => _fromOf[index];

    /// <summary>Whether the value at <paramref name="index"/> is a from-value, bound with the change after it.</summary>
    public bool IsFromValue(int index) => _isFrom[index];

    /// <summary>Pairs from-values with their changes and copies a shared unit back onto the values before it (in place).</summary>
    public static MentionPairing Pair(string text, Sentence sentence, List<Quantity> quantities)
    {
        var cues = CueLexicon<BindingCue>.Shared;
        int n = quantities.Count;
        var pairing = new MentionPairing(n);
        for (int i = 0; i + 1 < n; i++)
        {
            var q = quantities[i];
            var r = quantities[i + 1];
            if (r.MentionSpan.Start < q.MentionSpan.End) continue;
            var between = text.AsSpan(q.MentionSpan.End, r.MentionSpan.Start - q.MentionSpan.End);
            int windowStart = Math.Max(sentence.Span.Start, q.MentionSpan.Start - FromYearWindow);
            var before = text.AsSpan(windowStart, q.MentionSpan.Start - windowStart);
            if (!OpensFrom(before)) continue;
            if (between.Length <= FromWindow && cues.Occurs(BindingCue.Change, between))
            {
                pairing._isFrom[i] = true;
                pairing._fromOf[i + 1] = q;
            }
            // 从2021年的46503元和16935元分别提高到58794元和23184元: two from-values, then their changes in the same order.
            else if (i + 3 < n && JoinsEnumeration(between) && Between(text, quantities[i + 1], quantities[i + 2]) is var change
                && change.Length <= FromWindow && cues.Occurs(BindingCue.Change, change) && JoinsEnumeration(Between(text, quantities[i + 2], quantities[i + 3])))
            {
                pairing._isFrom[i] = pairing._isFrom[i + 1] = true;
                pairing._fromOf[i + 2] = q;
                pairing._fromOf[i + 3] = r;
                i += 3;
            }
        }
        ShareUnits(text, quantities);
        return pairing;
    }

    private static ReadOnlySpan<char> Between(string text, Quantity q, Quantity r) =>
        r.MentionSpan.Start < q.MentionSpan.End ? [] : text.AsSpan(q.MentionSpan.End, r.MentionSpan.Start - q.MentionSpan.End);

    /// <summary>1409万、1305万人次: a unit written once after the last value applies to the scaled values before it.</summary>
    private static void ShareUnits(string text, List<Quantity> quantities)
    {
        for (int i = quantities.Count - 2; i >= 0; i--)
        {
            var q = quantities[i];
            var r = quantities[i + 1];
            if (q.Category != UnitCategory.None || q.Scale == 1 || r.Category == UnitCategory.None || r.Scale != q.Scale || r.MentionSpan.Start < q.MentionSpan.End) continue;
            if (!JoinsEnumeration(text.AsSpan(q.MentionSpan.End, r.MentionSpan.Start - q.MentionSpan.End))) continue;
            quantities[i] = q with { Unit = r.Unit, NormalizedUnit = r.NormalizedUnit, Category = r.Category };
        }
    }

    /// <summary>Whether the text between two values is only a joiner of an enumeration (、, 和, 与, 及).</summary>
    public static bool JoinsEnumeration(ReadOnlySpan<char> between) =>
        CueLexicon<BindingCue>.Shared.Is(BindingCue.EnumerationJoiners, between.Trim());

    /// <summary>从5家…, 由上年的…, 由每人每年120元…: a from-marker shortly before the number opens a change (not 由于).</summary>
    private static bool OpensFrom(ReadOnlySpan<char> before)
    {
        var cues = CueLexicon<BindingCue>.Shared;
        int at = -1, length = 0;
        foreach (var marker in cues[BindingCue.FromMarkers])
        {
            int found = before.LastIndexOf(marker, StringComparison.Ordinal);
            if (found > at) (at, length) = (found, marker.Length);
        }
        if (at < 0 || cues.StartsWithAny(BindingCue.FromMarkerWords, before[at..])) return false;
        var rest = before[(at + length)..];
        // 从2021年的, 由2020年末的: the year the change starts in may stand between the marker and the number.
        if (rest.Length >= 6 && rest[..4].IndexOfAnyExceptInRange('0', '9') < 0 && rest[4] == '年' && rest[^1] == '的') return rest[5..].IndexOfAnyInRange('0', '9') < 0;
        return rest.Length <= FromWindow && rest.IndexOfAnyInRange('0', '9') < 0;
    }
}
