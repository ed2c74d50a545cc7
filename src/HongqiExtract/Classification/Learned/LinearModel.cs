using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace HongqiExtract.Classification.Learned;

/// <summary>
/// A linear classifier over a <see cref="FeatureSpace"/>, as trained with Microsoft.ML by
/// <c>hongqi train</c> and shipped as text: a softmax over one weight row per class (maximum entropy)
/// or, for two classes, a logistic function of one weight row (the second class's probability).
/// Predicting is a dot product over the few features an example has, so the package needs no
/// Microsoft.ML at run time. Immutable and thread-safe.
/// </summary>
internal sealed partial class LinearModel
{
    private const string Header = "hongqi-linear-model 1";

    // Weights feature by feature: _weights[feature * _rows + row].
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly int _rows;

    public LinearModel(FeatureSpace space, IReadOnlyList<string> classes, float[] biases, float[] weights)
    {
        if (classes.Count < 2) throw new ArgumentException("A classifier needs two classes or more.", nameof(classes));
        _rows = classes.Count == 2 ? 1 : classes.Count;
        if (biases.Length != _rows || weights.Length != space.Count * _rows) throw new ArgumentException("Weights do not fit the feature space and classes.");
        Space = space;
        Classes = [.. classes];
        _biases = biases;
        _weights = weights;
    }

    public FeatureSpace Space { get; }

    public IReadOnlyList<string> Classes { get; }

    /// <summary>Each class's probability, in the order of <see cref="Classes"/>.</summary>
    public double[] Probabilities(FeatureInput example) => Probabilities(Space.Vectorize(example));

    public double[] Probabilities(SparseVector vector)
    {
        var scores = new double[_rows];
        for (int r = 0; r < _rows; r++) scores[r] = _biases[r];
        AddWeightedRows(scores, vector);
        if (_rows == 1)
        {
            double p = 1 / (1 + Math.Exp(-scores[0]));
            return [1 - p, p];
        }
        double max = scores[0], sum = 0;
        for (int r = 1; r < _rows; r++) max = Math.Max(max, scores[r]);
        for (int r = 0; r < _rows; r++) sum += scores[r] = Math.Exp(scores[r] - max);
        for (int r = 0; r < _rows; r++) scores[r] /= sum;
        return scores;
    }

    /// <summary>
    /// Adds each feature's row of weights times its value to the scores: the product in single precision,
    /// the sum in double, as the scalar loop <c>scores[r] += weights[row + r] * value</c> computes it, eight
    /// and then four classes at a time, so the scores come out bit for bit the same (a test holds them).
    /// </summary>
    private void AddWeightedRows(double[] scores, SparseVector vector)
    {
        int rows = _rows;
        int eights = Vector256.IsHardwareAccelerated ? rows & ~7 : 0;
        int fours = Vector128.IsHardwareAccelerated ? rows & ~3 : eights;
        ref double score = ref MemoryMarshal.GetArrayDataReference(scores);
        PrefetchRows(vector.Indices);
        for (int k = 0; k < vector.Indices.Length; k++)
        {
            var row = _weights.AsSpan(vector.Indices[k] * rows, rows);
            ref float weight = ref MemoryMarshal.GetReference(row);
            float value = vector.Values[k];
            int r = 0;
            for (; r < eights; r += 8)
            {
                var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref weight, (nuint)r) * value);
                (Vector256.LoadUnsafe(ref score, (nuint)r) + lower).StoreUnsafe(ref score, (nuint)r);
                (Vector256.LoadUnsafe(ref score, (nuint)r + 4) + upper).StoreUnsafe(ref score, (nuint)r + 4);
            }
            for (; r < fours; r += 4)
            {
                var (lower, upper) = Vector128.Widen(Vector128.LoadUnsafe(ref weight, (nuint)r) * value);
                (Vector128.LoadUnsafe(ref score, (nuint)r) + lower).StoreUnsafe(ref score, (nuint)r);
                (Vector128.LoadUnsafe(ref score, (nuint)r + 2) + upper).StoreUnsafe(ref score, (nuint)r + 2);
            }
            for (; r < rows; r++) scores[r] += row[r] * value;
        }
    }

    /// <summary>
    /// Asks the processor for every row the vector reads, first and last weight (a row of 13 spans two
    /// cache lines), before reading any: the weights are cold by the time a report's names are classified,
    /// and rows fetched side by side wait on memory once. A hint only: no effect where x86 prefetch is missing.
    /// The array is not pinned: were it moved meanwhile, a prefetch of its old place would only be wasted.
    /// </summary>
    private unsafe void PrefetchRows(int[] indices)
    {
        if (!Sse.IsSupported) return;
        foreach (int feature in indices)
        {
            // Sliced as the scoring loop slices it, so a bad index fails here the same way.
            ref float row = ref MemoryMarshal.GetReference(_weights.AsSpan(feature * _rows, _rows));
            Sse.Prefetch0(Unsafe.AsPointer(ref row));
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref row, _rows - 1)));
        }
    }

    /// <summary>The most probable class and its probability.</summary>
    public (string Class, double Probability) Predict(FeatureInput example) => Best(Probabilities(example));

    /// <summary>The most probable class of probabilities in the order of <see cref="Classes"/>, and its probability.</summary>
    public (string Class, double Probability) Best(double[] probabilities)
    {
        int best = 0;
        for (int i = 1; i < probabilities.Length; i++) if (probabilities[i] > probabilities[best]) best = i;
        return (Classes[best], probabilities[best]);
    }

    /// <summary>Writes the model as text: header, classes, biases, then one line per feature. Round-trip float formatting makes it exact.</summary>
    public void Write(TextWriter writer)
    {
        writer.Write(Header + "\n");
        writer.Write("classes\t" + string.Join('\t', Classes) + "\n");
        writer.Write("biases\t" + string.Join('\t', _biases.Select(Format)) + "\n");
        var line = new StringBuilder();
        for (int f = 0; f < Space.Count; f++)
        {
            string name = Space.Names[f];
            // FeatureInput masks tabs and line breaks, so a name cannot break the line format.
            if (name.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0) throw new InvalidOperationException($"Feature '{name}' holds a tab or line break.");
            line.Clear().Append(name);
            for (int r = 0; r < _rows; r++) line.Append('\t').Append(Format(_weights[f * _rows + r]));
            writer.Write(line.Append('\n'));
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The text is not such a model.</exception>
    public static LinearModel Read(TextReader reader)
    {
        if (reader.ReadLine() != Header) throw new InvalidDataException("Not a HongqiExtract linear model.");
        var classes = Fields(reader.ReadLine(), "classes");
        var biases = Fields(reader.ReadLine(), "biases").Select(b => Parse(b)).ToArray();
        var names = new List<string>();
        var weights = new List<float>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            // Read field by field as spans: the category model has about 100,000 weights.
            var rest = line.AsSpan();
            int tab = rest.IndexOf('\t');
            if (tab < 0) throw new InvalidDataException($"Model line {names.Count + 4} has no weights.");
            names.Add(line[..tab]);
            int count = 0;
            while (tab >= 0)
            {
                rest = rest[(tab + 1)..];
                tab = rest.IndexOf('\t');
                weights.Add(Parse(tab < 0 ? rest : rest[..tab]));
                count++;
            }
            if (count != biases.Length) throw new InvalidDataException($"Model line {names.Count + 3} has {count} weights, not {biases.Length}.");
        }
        try
        {
            return new LinearModel(new FeatureSpace(names), classes, biases, [.. weights]);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Model does not fit together: {e.Message}", e);
        }
    }

    private static string[] Fields(string? line, string label)
    {
        var parts = line?.Split('\t');
        if (parts is null || parts.Length < 2 || parts[0] != label) throw new InvalidDataException($"Model has no '{label}' line.");
        return parts[1..];
    }

    private static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static float Parse(ReadOnlySpan<char> text) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float value) ? value : throw new InvalidDataException($"'{text}' is not a weight.");
}
