using System.Text;

namespace HongqiExtract.Cli.Batch;

/// <summary>
/// --shard K/N: a stable 1/N of the documents by a hash of the doc id (FNV-1a, 64 bit), so N jobs of
/// any scheduler split an archive with no coordinator and together produce exactly one run's records.
/// </summary>
internal readonly record struct Shard(int Index, int Count)
{
    public static Shard All { get; } = new(0, 1);

    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 1 && k >= 0 && k < n)
            return new Shard(k, n);
        throw new UsageException($"--shard takes K/N with 0 <= K < N (for example 0/4), not '{text}'");
    }

    public bool Owns(string documentId) => Count == 1 || (int)(Hash(documentId) % (ulong)Count) == Index;

    public static ulong Hash(string documentId)
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
