namespace HongqiExtract.Segmentation;

/// <summary>
/// The domain dictionary's lines (units, scale+unit words and indicator terms of government reports):
/// word, frequency (2000 when left out) and part-of-speech tag (n when left out); blank lines and #
/// comments skipped. Shared with the resource compiler, which builds the word trie at build time.
/// </summary>
internal static partial class UserDictionary
{
    /// <summary>The relative path of the embedded file under Resources/.</summary>
    public const string ResourcePath = "Segmentation/user-dict.txt";

    public static IEnumerable<(string Word, int Frequency, string Tag)> Parse(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            var parts = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int frequency = parts.Length > 1 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : 2000;
            yield return (parts[0], frequency, parts.Length > 2 ? parts[2] : "n");
        }
    }
}
