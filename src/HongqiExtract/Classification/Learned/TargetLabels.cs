namespace HongqiExtract.Classification.Learned;

/// <summary>The target model's two classes, in the order it is trained with.</summary>
internal static class TargetLabels
{
    public const string Achieved = "achieved";
    public const string Target = "target";
}
