using HongqiExtract.Lexicons;

namespace HongqiExtract.Classification.Learned;

/// <summary>
/// The models embedded in the package, each read once per process on first use from its binary form,
/// which the build compiles from the text under Resources/Classification (the models' source).
/// </summary>
internal static class ShippedModels
{
    public const string CategoryResource = "Classification/category.model";
    public const string TargetResource = "Classification/target.model";

    /// <summary>The compiled binary models' resource names.</summary>
    public const string CompiledCategory = "HongqiExtract.Classification.category.bin", CompiledTarget = "HongqiExtract.Classification.target.bin";

    private static readonly Lazy<LinearModel> CategoryModel = new(() => LoadCompiled(CompiledCategory));
    private static readonly Lazy<LinearModel> TargetModel = new(() => LoadCompiled(CompiledTarget));

    public static LinearModel Category => CategoryModel.Value;

    public static LinearModel Target => TargetModel.Value;

    /// <summary>A compiled model embedded in the package, its n-gram table used where the loaded image holds it.</summary>
    public static LinearModel LoadCompiled(string resourceName)
    {
        using var stream = LexiconResources.OpenCompiled(resourceName);
        return LinearModel.ReadBinary(stream, inPlace: true);
    }

    /// <summary>A model's text as shipped under Resources/.</summary>
    public static LinearModel Load(string resource)
    {
        using var reader = new StreamReader(LexiconResources.Open(resource), System.Text.Encoding.UTF8);
        return LinearModel.Read(reader);
    }
}
