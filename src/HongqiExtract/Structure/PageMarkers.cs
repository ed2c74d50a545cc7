namespace HongqiExtract.Structure;

/// <summary>Newspaper page markers (第A01版) and continuation notes ((下转第三版), (上接第一版)).</summary>
internal static class PageMarkers
{
    public static bool IsPageMarker(ReadOnlySpan<char> line)
    {
        var t = line.Trim().TrimEnd(':').TrimEnd('：');
        if (t.Length is >= 3 and <= 8 && t[0] == '第' && t[^1] == '版') return true;
        if (t.Length is >= 6 and <= 12 && t[0] is '(' or '（' && t[^1] is ')' or '）')
        {
            var inner = t[1..^1];
            return (inner.StartsWith("下转") || inner.StartsWith("上接") || inner.StartsWith("转第") || inner.StartsWith("接第")) && inner.EndsWith("版");
        }
        return false;
    }
}
