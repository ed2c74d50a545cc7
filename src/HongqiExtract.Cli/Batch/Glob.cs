using System.Text.RegularExpressions;

namespace HongqiExtract.Cli.Batch;

/// <summary>Shell-style globs for --include/--exclude: * within a path segment, ** across segments, ? one character.</summary>
internal sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        var escaped = Regex.Escape(pattern.Replace('\\', '/'))
            .Replace(@"\*\*/", "(.*/)?", StringComparison.Ordinal)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal);
        _regex = new Regex("^" + escaped + "$", RegexOptions.CultureInvariant);
        MatchesNameOnly = !pattern.Contains('/', StringComparison.Ordinal);
    }

    /// <summary>A pattern without / is matched against the file name, like find -name.</summary>
    private bool MatchesNameOnly { get; }

    public bool IsMatch(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return _regex.IsMatch(MatchesNameOnly ? path[(path.LastIndexOf('/') + 1)..] : path);
    }
}
