using System.Text;

namespace HongqiExtract.Batch;

/// <summary>
/// One of N shards of a batch's documents: a stable 1/N of them by a hash of the doc id (FNV-1a, 64 bit),
/// so N jobs of any scheduler split an archive with no coordinator and together give exactly one run's records.
/// </summary>
/// <param name="Index">This shard, 0-based.</param>
/// <param name="Count">How many shards there are.</param>
public readonly record struct BatchShard(int Index, int Count)
{
    /// <summary>The one shard that owns every document.</summary>
    public static BatchShard All { get; } = new(0, 1);

    /// <summary>Reads K/N (0/4, 3/4).</summary>
    /// <param name="text">The shard as K/N with 0 ≤ K &lt; N.</param>
    /// <exception cref="FormatException">The text is not K/N with 0 ≤ K &lt; N.</exception>
    public static BatchShard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 1 && k >= 0 && k < n)
            return new BatchShard(k, n);
        throw new FormatException($"a shard is K/N with 0 <= K < N (for example 0/4), not '{text}'");
    }

    /// <summary>Whether this shard owns the document.</summary>
    /// <param name="documentId">The document's id as the batch gives it.</param>
    public bool Owns(string documentId) => Count <= 1 || (int)(Hash(documentId) % (ulong)Count) == Index;

    internal static ulong Hash(string documentId)
    {
        ulong hash = 14695981039346656037;
        foreach (byte b in Encoding.UTF8.GetBytes(documentId))
        {
            hash ^= b;
            hash *= 1099511628211;
        }
        return hash;
    }
}
