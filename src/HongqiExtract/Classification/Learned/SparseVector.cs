namespace HongqiExtract.Classification.Learned;

/// <summary>A feature vector as sorted, distinct indices and their values.</summary>
internal sealed class SparseVector
{
    private SparseVector(int[] indices, float[] values)
    {
        Indices = indices;
        Values = values;
    }

    public int[] Indices { get; }

    public float[] Values { get; }

    /// <summary>From distinct indices in any order (each field's are sorted, the fields' interleave): sorted for Microsoft.ML's sparse vectors.</summary>
    public static SparseVector FromUnsorted(int[] indices, float[] values)
    {
        // One field's are sorted already (the category model's only field): checking is cheaper than sorting.
        if (!IsAscending(indices)) Array.Sort(indices, values);
        return new SparseVector(indices, values);
    }

    private static bool IsAscending(int[] indices)
    {
        for (int i = 1; i < indices.Length; i++) if (indices[i - 1] > indices[i]) return false;
        return true;
    }
}
