namespace HongqiExtract.Classification;

/// <summary>
/// Decides whether a bound value is a target (a goal, plan or forecast) or an achieved figure. It runs
/// after names, kinds and written periods are bound and before the period default, which depends on
/// its answer. Implementations must be thread-safe: one extractor serves many threads.
/// </summary>
public interface ITargetClassifier
{
    /// <summary>Whether the value is a target.</summary>
    /// <param name="evidence">The value, its sentence and document, and what binding found.</param>
    bool IsTarget(TargetEvidence evidence);
}
