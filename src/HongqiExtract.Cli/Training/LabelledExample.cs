using HongqiExtract.Classification.Learned;

namespace HongqiExtract.Cli.Training;

/// <summary>One training example: its features, its label and the group it belongs to (a report, for leave-one-report-out).</summary>
internal sealed record LabelledExample(FeatureInput Input, string Label, string Group);
