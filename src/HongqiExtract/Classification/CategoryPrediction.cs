namespace HongqiExtract.Classification;

/// <summary>A record's category and how sure the classifier is of it.</summary>
/// <param name="Category">One of the codes of the record contract: economy, fiscal, industry, innovation, trade, agriculture, employment, income, social, environment, infrastructure, governance, other.</param>
/// <param name="Probability">The classifier's probability for it, in [0, 1].</param>
public sealed record CategoryPrediction(string Category, double Probability);
