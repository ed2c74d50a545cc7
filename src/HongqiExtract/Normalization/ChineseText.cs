namespace HongqiExtract.Normalization;

/// <summary>Character classes of Chinese text shared by the stages.</summary>
internal static class ChineseText
{
    /// <summary>A CJK unified ideograph of the basic block (where all report text lies).</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>The text without the ASCII and full-width spaces tables put between characters (指 标, 汽　车).</summary>
    public static string WithoutSpaces(string text) => text.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
}
