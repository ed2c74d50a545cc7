using System.Runtime.InteropServices;
using System.Text;
using HongqiExtract.Lexicons;

namespace HongqiExtract.Classification.Learned;

/// <summary>
/// The binary form of a model, compiled from the shipped text at build time (the resource compiler)
/// so that start-up reads the weights as one array instead of parsing tens of thousands of decimal
/// numbers. The text stays the model's source; a test holds the two equal.
/// </summary>
internal sealed partial class LinearModel
{
    private static ReadOnlySpan<byte> BinaryMagic => "HQLIN002"u8;

    /// <summary>
    /// Layout, little-endian: magic; class count and the classes (each a 7-bit-encoded UTF-8 length and its
    /// bytes, as <see cref="BinaryWriter"/> writes strings); bias count and the biases (float32); the feature
    /// space (<see cref="FeatureSpace.WriteBinary"/>: its n-grams as a table that is read in place, not rebuilt
    /// from names, which was over 99 % of a model's load); the weights, feature by feature (float32).
    /// </summary>
    public void WriteBinary(Stream output)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Models are written little-endian.");
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(BinaryMagic);
        writer.Write(Classes.Count);
        foreach (var name in Classes) writer.Write(name);
        writer.Write(_biases.Length);
        writer.Write(MemoryMarshal.AsBytes(_biases.AsSpan()));
        Space.WriteBinary(writer);
        writer.Write(MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    /// <summary>Reads a model written by <see cref="WriteBinary"/>.</summary>
    /// <param name="input">The model's bytes.</param>
    /// <param name="inPlace">Use the n-gram table where an <see cref="UnmanagedMemoryStream"/> holds it, for memory that lives as long as the model.</param>
    /// <exception cref="InvalidDataException">The stream holds no model of this layout.</exception>
    public static LinearModel ReadBinary(Stream input, bool inPlace = false)
    {
        CompiledResource.ExpectMagic(input, BinaryMagic, "binary model");
        using var reader = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
        var classes = new string[Count(reader)];
        for (int i = 0; i < classes.Length; i++) classes[i] = reader.ReadString();
        var biases = CompiledResource.ReadArray<float>(input, Count(reader));
        var space = FeatureSpace.ReadBinary(reader, inPlace);
        var weights = CompiledResource.ReadArray<float>(input, checked(space.Count * biases.Length));
        try
        {
            return new LinearModel(space, classes, biases, weights);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Model does not fit together: {e.Message}", e);
        }
    }

    private static int Count(BinaryReader reader) =>
        reader.ReadInt32() is var count and >= 0 ? count : throw new InvalidDataException("A model's count is negative.");
}
