namespace HongqiExtract.Classification.Learned;

/// <summary>A feature vector as sorted, distinct indices and their values.</summary>
internal sealed class SparseVector(int[] indices, float[] values)
{
    public int[] Indices { get; } = indices;

    public float[] Values { get; } = values;

    /// <summary>Sorts the entries and sums the values of a repeated index (a flag that is also a field's n-gram cannot repeat, but the merge keeps that true by construction).</summary>
    public static SparseVector FromEntries(List<(int Index, float Value)> entries)
    {
        entries.Sort((a, b) => a.Index.CompareTo(b.Index));
        var indices = new List<int>(entries.Count);
        var values = new List<float>(entries.Count);
        foreach (var (index, value) in entries)
        {
            if (indices.Count > 0 && indices[^1] == index) values[^1] += value;
            else { indices.Add(index); values.Add(value); }
        }
        return new SparseVector([.. indices], [.. values]);
    }
}
