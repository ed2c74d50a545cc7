using HongqiExtract.Classification.Learned;

namespace HongqiExtract.Classification;

/// <summary>
/// The default target decision: the hand-written rules (<see cref="RuleTargetClassifier"/>) wherever
/// they rest on something (a cue word, a target paragraph, a written period, the document's kind, a
/// section heading), and the shipped target model where they rest on nothing: a sentence of a work
/// report with no cue and no written period, under no heading that sets targets or reviews (every
/// such sentence where the headings are lost). The model is a logistic regression over the
/// character n-grams of the value's clause and the words before it, trained with Microsoft.ML on the
/// rules' own answers over full reports, where headings make them right (<c>hongqi train target</c>).
/// Thread-safe.
/// </summary>
public sealed class CombinedTargetClassifier : ITargetClassifier
{
    private readonly RuleTargetClassifier _rules = RuleTargetClassifier.Instance;
    private readonly Func<LinearModel> _model;

    private CombinedTargetClassifier(Func<LinearModel> model) => _model = model;

    /// <summary>With another model (one fold of a cross-validation).</summary>
    internal CombinedTargetClassifier(LinearModel model)
        : this(() => model)
    {
    }

    /// <summary>The shared instance, with the shipped model.</summary>
    public static CombinedTargetClassifier Instance { get; } = new(() => ShippedModels.Target);

    /// <inheritdoc />
    public bool IsTarget(TargetEvidence evidence)
    {
        var decision = _rules.Decide(evidence);
        if (decision.Basis != TargetBasis.Default) return decision.IsTarget;
        return ModelProbability(evidence) >= 0.5;
    }

    /// <summary>The model's probability that the value is a target, whatever the rules say.</summary>
    internal double ModelProbability(TargetEvidence evidence)
    {
        var model = _model();
        return model.Probabilities(TargetFeatures.From(evidence))[TargetClassIndex(model)];
    }

    private static int TargetClassIndex(LinearModel model)
    {
        for (int i = 0; i < model.Classes.Count; i++) if (model.Classes[i] == TargetLabels.Target) return i;
        throw new InvalidOperationException("The target model has no 'target' class; the package is broken.");
    }
}
