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
        Array.Sort(indices, values);
        return new SparseVector(indices, values);
    }
}
