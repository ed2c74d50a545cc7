namespace HongqiExtract.Classification.Learned;

/// <summary>What the category model reads: the name, or the mention's text where binding found none.</summary>
internal static class CategoryFeatures
{
    public const char NameField = 'n';

    public const char SentenceField = 's';

    public const float SentenceWeight = 0.3f;

    public static FeatureInput From(string? name, string mentionText, string sentence) =>
        new FeatureInput().Text(NameField, name ?? mentionText).Text(SentenceField, sentence, SentenceWeight);
}
