using HongqiExtract.Lexicons;

namespace HongqiExtract.Classification.Learned;

/// <summary>The models embedded in the package, each read once per process on first use.</summary>
internal static class ShippedModels
{
    public const string CategoryResource = "Classification/category.model";
    public const string TargetResource = "Classification/target.model";

    private static readonly Lazy<LinearModel> CategoryModel = new(() => Load(CategoryResource));
    private static readonly Lazy<LinearModel> TargetModel = new(() => Load(TargetResource));

    public static LinearModel Category => CategoryModel.Value;

    public static LinearModel Target => TargetModel.Value;

    public static LinearModel Load(string resource)
    {
        using var reader = new StreamReader(LexiconResources.Open(resource), System.Text.Encoding.UTF8);
        return LinearModel.Read(reader);
    }
}
