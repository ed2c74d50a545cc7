using HongqiExtract.Lexicons;

namespace HongqiExtract.Structure;

/// <summary>
/// The GB/T 2260 code of a province-level region named in a document (河南省 or 河南 → 410000), from
/// Resources/Structure/region-codes.tsv; null for the country and for regions the file does not list.
/// </summary>
internal static class RegionCodes
{
    private static readonly Lazy<Dictionary<string, string>> Codes = new(Load);

    public static string? Of(string? region) => region is null ? null : Codes.Value.GetValueOrDefault(region.Trim());

    private static Dictionary<string, string> Load()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LexiconResources.ReadLines("Structure/region-codes.tsv"))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2) throw new FormatException($"region-codes.tsv: too few fields in '{line}'");
            codes[fields[0]] = fields[1];
            foreach (var alias in fields.Length > 2 ? fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries) : []) codes[alias] = fields[1];
        }
        return codes;
    }
}
