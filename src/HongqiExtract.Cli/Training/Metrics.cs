namespace HongqiExtract.Cli.Training;

/// <summary>Accuracy and F1 over predicted and true labels.</summary>
internal sealed class Metrics
{
    private readonly List<(string Truth, string Predicted)> _pairs = [];

    public int Count => _pairs.Count;

    public void Add(string truth, string predicted) => _pairs.Add((truth, predicted));

    public void AddRange(Metrics other) => _pairs.AddRange(other._pairs);

    public double Accuracy => _pairs.Count == 0 ? 0 : (double)_pairs.Count(p => p.Truth == p.Predicted) / _pairs.Count;

    /// <summary>F1 of one class.</summary>
    public double F1(string label)
    {
        int tp = _pairs.Count(p => p.Truth == label && p.Predicted == label);
        int predicted = _pairs.Count(p => p.Predicted == label), actual = _pairs.Count(p => p.Truth == label);
        return tp == 0 ? 0 : 2.0 * tp / (predicted + actual);
    }

    /// <summary>The mean F1 over the classes that occur in the truth.</summary>
    public double MacroF1 => _pairs.Select(p => p.Truth).Distinct().Select(F1).DefaultIfEmpty(0).Average();
}
