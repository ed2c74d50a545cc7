using Microsoft.Extensions.FileSystemGlobbing;

namespace HongqiExtract.Batch;

/// <summary>
/// A shell-style glob for a batch's include and exclude lists, matched by Microsoft.Extensions.FileSystemGlobbing:
/// * within a path segment, ** across segments, ? one character. A pattern without / matches the file
/// name wherever it stands, like find -name.
/// </summary>
internal sealed class Glob
{
    private readonly Matcher _matcher = new(StringComparison.Ordinal);

    public Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        _matcher.AddInclude(normalized.Contains('/', StringComparison.Ordinal) ? normalized : "**/" + normalized);
    }

    public bool IsMatch(string relativePath) => _matcher.Match(relativePath.Replace('\\', '/')).HasMatches;
}
