using System.Text.RegularExpressions;
using HongqiExtract.Output;
using HongqiExtract.Recognition;
using HongqiExtract.Recognition.Units;

namespace HongqiExtract.Catalogue;

/// <summary>
/// Gives a record's name its canonical indicator: a name or alias of the catalogue exactly, else the
/// same after rules (a leading region or scope dropped: 全省, 我市, 河南省; a bracketed alias dropped:
/// 地区生产总值（GDP）; 规上 → 规模以上, 增长值 → 增加值; a trailing rate word dropped where the record is
/// a rate: 地区生产总值增速), else the closest form of about the same length by character bigrams when
/// it is very close and clearly closer than any other indicator's. A unit that contradicts the indicator (亿元 for a rate)
/// gives none: an unmatched name stays null, never a wrong id. Thread-safe.
/// </summary>
public sealed partial class IndicatorMatcher
{
    private readonly IndicatorCatalogue catalogue;

    /// <summary>Every form in catalogue order with its distinct bigrams' count.</summary>
    private readonly (string Form, IndicatorEntry Entry, int BigramCount)[] _forms;

    /// <summary>
    /// For each bigram, by form length, the forms of that length holding it, in ascending order: the fuzzy
    /// stage scores only forms within one character of the name's length that share a bigram with it, and
    /// looks each of the name's bigrams up once for all three lengths.
    /// </summary>
    private readonly Dictionary<int, BigramPostings> _formsByBigram;

    private readonly int _longestForm;

    // Per thread, how many bigrams each form shares with the name being matched (reset after each match).
    [ThreadStatic] private static int[]? t_shared;

    // Per thread, the forms sharing a bigram with the name being matched.
    [ThreadStatic] private static List<int>? t_candidates;

    // Names up to this long keep their bigrams' offsets on the stack.
    private const int StackBigrams = 64;

    /// <summary>A matcher over a catalogue.</summary>
    /// <param name="catalogue">The indicators and their written forms.</param>
    public IndicatorMatcher(IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        this.catalogue = catalogue;
        var forms = new List<(string, IndicatorEntry, int)>();
        // Every (bigram, form length, form) packed into one number and sorted once: grouped by bigram, then
        // by length, forms ascending. One sort of a flat array, where a sorted dictionary of lists per
        // bigram took a tenth of the tool's start-up.
        var keys = new List<ulong>();
        var firsts = new int[StackBigrams];
        foreach (var (form, entry) in catalogue.Forms)
        {
            if (forms.Count == MaxForms) throw new ArgumentException($"the catalogue has more than {MaxForms:N0} forms", nameof(catalogue));
            if (firsts.Length < form.Length) firsts = new int[form.Length * 2];
            int distinct = DistinctBigrams(form, firsts);
            // A form too long for a key is matched exactly only: no name of about its length is ever fuzzy-matched.
            if (form.Length <= MaxFuzzyLength)
                foreach (int at in firsts.AsSpan(0, distinct)) keys.Add(PostingKey(Bigram(form, at), form.Length, forms.Count));
            forms.Add((form, entry, distinct));
            _longestForm = Math.Max(_longestForm, form.Length);
        }
        _forms = [.. forms];
        var sorted = keys.ToArray();
        Array.Sort(sorted);
        _formsByBigram = new Dictionary<int, BigramPostings>(sorted.Length / 4);
        for (int start = 0; start < sorted.Length;)
        {
            int bigram = (int)(sorted[start] >> 32), end = start + 1;
            while (end < sorted.Length && (int)(sorted[end] >> 32) == bigram) end++;
            _formsByBigram[bigram] = new BigramPostings(sorted.AsSpan(start, end - start));
            start = end;
        }
    }

    // A posting's sort key: the bigram in the high half, then the form's length, then its index.
    private const int IndexBits = 20;
    private const int LengthBits = 12;
    private const int MaxForms = 1 << IndexBits;
    private const int MaxFuzzyLength = (1 << LengthBits) - 1;

    private static ulong PostingKey(int bigram, int length, int form) =>
        (ulong)(uint)bigram << 32 | (ulong)(uint)length << IndexBits | (uint)form;

    private static int LengthOf(ulong key) => (int)(key >> IndexBits) & ((1 << LengthBits) - 1);

    private static int FormOf(ulong key) => (int)(key & ((1u << IndexBits) - 1));

    /// <summary>The bigram at <paramref name="at"/>, packed: its two UTF-16 units.</summary>
    private static int Bigram(string text, int at) => (text[at] << 16) | text[at + 1];

    /// <summary>One bigram's forms by length, from the shortest form holding it to the longest.</summary>
    private sealed class BigramPostings
    {
        private readonly int _shortest;
        private readonly int[][] _forms;

        /// <param name="keys">The bigram's posting keys, sorted.</param>
        public BigramPostings(ReadOnlySpan<ulong> keys)
        {
            _shortest = LengthOf(keys[0]);
            _forms = new int[LengthOf(keys[^1]) - _shortest + 1][];
            for (int start = 0; start < keys.Length;)
            {
                int length = LengthOf(keys[start]), end = start + 1;
                while (end < keys.Length && LengthOf(keys[end]) == length) end++;
                var forms = _forms[length - _shortest] = new int[end - start];
                for (int i = start; i < end; i++) forms[i - start] = FormOf(keys[i]);
                start = end;
            }
            for (int i = 0; i < _forms.Length; i++) _forms[i] ??= [];
        }

        /// <summary>The forms of <paramref name="length"/> holding the bigram, ascending; none when no form of that length does.</summary>
        public int[] Of(int length) => (uint)(length - _shortest) < (uint)_forms.Length ? _forms[length - _shortest] : [];
    }

    /// <summary>How close (Dice over character bigrams) a fuzzy match must be.</summary>
    private const double MinSimilarity = 0.86;

    /// <summary>How much closer the best indicator must be than the next one.</summary>
    private const double MinMargin = 0.06;

    /// <summary>The matcher over the shipped catalogue.</summary>
    public static IndicatorMatcher Shared { get; } = new(IndicatorCatalogue.Shared);

    [GeneratedRegex(@"^(?:全省|全市|全区|全县|全州|全盟|全国|全自治区|我省|我市|我区|我县|本市|[\p{IsCJKUnifiedIdeographs}]{1,4}?(?:自治区|省|市|县|区|州|盟|旗))(?=\p{IsCJKUnifiedIdeographs}{2})")]
    private static partial Regex RegionPrefix();

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?:增速|增幅|增长率|增长速度|涨幅|增长)$")]
    private static partial Regex RateWord();

    /// <summary>The id of the indicator a record's name denotes, or null.</summary>
    /// <param name="name">The record's name.</param>
    /// <param name="normalizedUnit">Its normalized unit (CNY, %, 人…), to reject a name whose unit says otherwise.</param>
    /// <param name="kind">Its kind: a rate word at the name's end only goes for rates.</param>
    public string? Match(string? name, string normalizedUnit, IndicatorKind kind)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var entry = Exact(name);
        if (entry is null)
        {
            // Normalized once for both the rules and the fuzzy stage.
            string normalized = Normalize(name, kind);
            entry = ByRules(normalized) ?? Closest(normalized);
        }
        return entry is not null && Compatible(entry.UnitFamily, normalizedUnit ?? "") ? entry.Id : null;
    }

    private IndicatorEntry? Exact(string name) => catalogue.ByForm(name);

    /// <summary>The indicator the normalized name is a form of, or is after a leading region.</summary>
    private IndicatorEntry? ByRules(string normalized)
    {
        if (Exact(normalized) is { } entry) return entry;
        // 河南省地区生产总值, 全市城镇新增就业: the region is the record's, not the indicator's.
        var region = RegionPrefix().Match(normalized);
        return region.Success && !NotRegion(normalized[..region.Length]) ? Exact(normalized[region.Length..]) : null;
    }

    /// <summary>Words that end like a region but are a zone, a bloc or a market (东盟进出口, 自贸试验区新设企业, 高新区).</summary>
    private static readonly string[] NotRegionEnds = ["东盟", "欧盟", "试验区", "保税区", "园区", "新区", "开发区", "高新区", "地区", "示范区", "功能区", "社区", "景区", "城区", "片区", "市场", "城市", "都市"];

    private static bool NotRegion(string prefix) => NotRegionEnds.Any(e => prefix.EndsWith(e, StringComparison.Ordinal));

    private static string Normalize(string name, IndicatorKind kind)
    {
        string text = Bracketed().Replace(name, "").Replace("规上", "规模以上", StringComparison.Ordinal).Replace("增长值", "增加值", StringComparison.Ordinal).Trim();
        if (kind is IndicatorKind.Growth or IndicatorKind.Increase or IndicatorKind.Change && RateWord().Match(text) is { Success: true } rate && rate.Index >= 2)
            text = text[..rate.Index];
        return text;
    }

    /// <summary>The indicator whose form is closest to the name, if it is close enough and clearly closest.</summary>
    private IndicatorEntry? Closest(string name)
    {
        // Only forms within one character of the name's length are scored: a longer name matches none.
        if (name.Length > _longestForm + 1) return null;
        Span<int> firsts = name.Length <= StackBigrams ? stackalloc int[StackBigrams] : new int[name.Length];
        int distinct = DistinctBigrams(name, firsts);
        if (distinct < 2) return null;
        // Dice over bigrams, scored only for the forms sharing a bigram with the name: a form sharing none
        // scores 0, which never changes the best or the runner-up, so the result is that of scoring all
        // (of about the name's length: the postings are by form length).
        var shared = t_shared is { } counts && counts.Length == _forms.Length ? counts : t_shared = new int[_forms.Length];
        var candidates = t_candidates ??= [];
        candidates.Clear();
        // A name longer or shorter than the form by more than one is a part or a whole of it (城乡居民… vs 居民…): no fuzzy match.
        foreach (int at in firsts[..distinct])
        {
            if (!_formsByBigram.TryGetValue(Bigram(name, at), out var postings)) continue;
            for (int length = Math.Max(1, name.Length - 1); length <= name.Length + 1; length++)
                foreach (int f in postings.Of(length))
                    if (shared[f]++ == 0) candidates.Add(f);
        }
        // In catalogue order, as ties and the runner-up depend on it.
        candidates.Sort();
        IndicatorEntry? best = null;
        double bestScore = 0, runnerUp = 0;
        foreach (int f in candidates)
        {
            var (_, entry, formBigrams) = _forms[f];
            int common = shared[f];
            shared[f] = 0;
            double score = 2.0 * common / (distinct + formBigrams);
            if (score > bestScore)
            {
                if (best is not null && best.Id != entry.Id) runnerUp = bestScore;
                (best, bestScore) = (entry, score);
            }
            else if (best is not null && entry.Id != best.Id && score > runnerUp) runnerUp = score;
        }
        return bestScore >= MinSimilarity && bestScore - runnerUp >= MinMargin ? best : null;
    }

    /// <summary>
    /// How many distinct bigrams <paramref name="name"/> has; <paramref name="firsts"/> (at least the name's
    /// length) gets the offset of each one's first occurrence.
    /// </summary>
    private static int DistinctBigrams(string name, Span<int> firsts)
    {
        int distinct = 0;
        for (int i = 0; i + 1 < name.Length; i++)
        {
            bool seen = false;
            for (int k = 0; k < distinct && !seen; k++) seen = name[firsts[k]] == name[i] && name[firsts[k] + 1] == name[i + 1];
            if (!seen) firsts[distinct++] = i;
        }
        return distinct;
    }

    /// <summary>
    /// Whether a record's unit can be the indicator's: rates, shares and multiples (%, pp, x) go with
    /// any indicator; money only with money; people and things with either; an empty unit with anything
    /// but money.
    /// </summary>
    private static bool Compatible(UnitFamily family, string unit) => unit switch
    {
        "%" or "pp" or "x" or "‰" => true,
        "" => family != UnitFamily.Currency,
        _ when unit.Length >= 3 && unit.AsSpan(0, 3).ToString().All(char.IsAsciiLetterUpper) && (unit.Length == 3 || unit[3] == '/') => family == UnitFamily.Currency,
        "人" or "人次" or "户" or "名" or "万人" => family is UnitFamily.People or UnitFamily.Count,
        "岁" or "年" => family == UnitFamily.Years,
        // 66个粮食产能提升重点县: a count is no physical measure.
        _ => UnitLexicon.Shared.MatchUnit(unit) is { Category: UnitCategory.Count } ? family is UnitFamily.Count or UnitFamily.People
            : family is not (UnitFamily.Currency or UnitFamily.Percent or UnitFamily.Years or UnitFamily.Index or UnitFamily.Ratio),
    };
}
