using HongqiExtract.Lexicons;

namespace HongqiExtract.Structure;

/// <summary>
/// The GB/T 2260 code of a region named in a document: a province-level division (河南省 or 河南 → 410000,
/// Resources/Structure/region-codes.tsv) or a prefecture-level one (洛阳市 or 洛阳 → 410300,
/// prefecture-codes.tsv), also when written under its province (河南省洛阳市); null for the country,
/// for counties and districts, and for names neither file lists.
/// </summary>
internal static class RegionCodes
{
    private static readonly Lazy<Tables> Codes = new(Load);

    public static string? Of(string? region)
    {
        if (region is null) return null;
        var name = region.Trim();
        var tables = Codes.Value;
        if (tables.Provinces.TryGetValue(name, out var code) || tables.Prefectures.TryGetValue(name, out code)) return code;
        // 河南省洛阳市: a prefecture under its province, and only one of that province.
        foreach (var (province, provinceCode) in tables.Provinces)
            if (name.Length > province.Length && name.StartsWith(province, StringComparison.Ordinal)
                && tables.Prefectures.TryGetValue(name[province.Length..], out var prefecture) && prefecture[..2] == provinceCode[..2])
                return prefecture;
        return null;
    }

    /// <summary>
    /// The full name of the province or prefecture a headline starts with (唐山高质量发展… → 唐山市), the
    /// longest name that fits; null when it starts with none.
    /// </summary>
    public static string? LeadingRegion(string line)
    {
        var tables = Codes.Value;
        for (int length = Math.Min(line.Length, tables.LongestName); length >= 2; length--)
            if (tables.FullNames.TryGetValue(line[..length], out var full)) return full;
        return null;
    }

    private sealed record Tables(Dictionary<string, string> Provinces, Dictionary<string, string> Prefectures, Dictionary<string, string> FullNames)
    {
        public int LongestName { get; } = FullNames.Keys.Max(k => k.Length);
    }

    private static Tables Load()
    {
        var fullNames = new Dictionary<string, string>(StringComparer.Ordinal);
        return new(Read("Structure/region-codes.tsv", fullNames), Read("Structure/prefecture-codes.tsv", fullNames), fullNames);
    }

    private static Dictionary<string, string> Read(string resource, Dictionary<string, string> fullNames)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LexiconResources.ReadLines(resource))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[1].Length != 6) throw new FormatException($"{resource}: a name and a six-digit code expected in '{line}'");
            codes[fields[0]] = fields[1];
            fullNames[fields[0]] = fields[0];
            foreach (var alias in fields.Length > 2 ? fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                codes[alias] = fields[1];
                fullNames[alias] = fields[0];
            }
        }
        return codes;
    }
}
