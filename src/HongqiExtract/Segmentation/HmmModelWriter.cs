using System.Runtime.InteropServices;
using System.Text.Json;

namespace HongqiExtract.Segmentation;

/// <summary>
/// Writes jieba's HMM (prob_trans.json and prob_emit.json) as the binary model <see cref="HmmSegmenter"/>
/// reads: the resource compiler runs it at build time, so no JSON is parsed at run time. The doubles are
/// the ones System.Text.Json reads from the files, stored bit for bit.
/// </summary>
internal static class HmmModelWriter
{
    /// <summary>The file's first eight bytes; a change of layout changes them.</summary>
    public static ReadOnlySpan<byte> Magic => "HQHMM001"u8;

    /// <summary>The states B, M, E, S in the order of the file's rows.</summary>
    public static ReadOnlySpan<char> StateNames => "BMES";

    /// <summary>jieba's log probability of what its model does not list.</summary>
    public const double MinProb = -3.14e100;

    /// <summary>
    /// Layout, little-endian: magic; the 4 × 4 transition log probabilities from row to column (float64,
    /// <see cref="MinProb"/> where the model lists none); then for each state its emission count C (int32),
    /// characters (C UTF-16 units) and log probabilities (C float64), in the JSON's order.
    /// </summary>
    public static void Write(Stream transitionsJson, Stream emissionsJson, Stream output)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The HMM model is written little-endian.");
        output.Write(Magic);
        using (var transitions = JsonDocument.Parse(transitionsJson))
        {
            var matrix = new double[16];
            Array.Fill(matrix, MinProb);
            for (int from = 0; from < 4; from++)
                if (transitions.RootElement.TryGetProperty(StateNames.Slice(from, 1), out var row))
                    foreach (var p in row.EnumerateObject()) matrix[from * 4 + StateNames.IndexOf(p.Name[0])] = p.Value.GetDouble();
            output.Write(MemoryMarshal.AsBytes(matrix.AsSpan()));
        }
        using var emissions = JsonDocument.Parse(emissionsJson);
        for (int state = 0; state < 4; state++)
        {
            var characters = new List<char>();
            var probabilities = new List<double>();
            foreach (var p in emissions.RootElement.GetProperty(StateNames.Slice(state, 1)).EnumerateObject())
            {
                characters.Add(p.Name[0]);
                probabilities.Add(p.Value.GetDouble());
            }
            output.Write(BitConverter.GetBytes(characters.Count));
            output.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(characters)));
            output.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(probabilities)));
        }
    }
}
