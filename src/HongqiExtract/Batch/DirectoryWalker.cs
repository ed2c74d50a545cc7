namespace HongqiExtract.Batch;

/// <summary>
/// The files under a directory, recursively, sorted by path; a subdirectory that cannot be listed
/// becomes an entry with its error instead of ending the walk. Linked directories are not followed
/// (a link loop would never end).
/// </summary>
internal static class DirectoryWalker
{
    public static List<(string Path, string? Error)> Walk(string root, Func<string, IEnumerable<string>>? listFiles = null, Func<string, IEnumerable<string>>? listDirectories = null)
    {
        listFiles ??= d => Directory.EnumerateFiles(d);
        listDirectories ??= d => Directory.EnumerateDirectories(d);
        var found = new List<(string, string?)>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            try
            {
                // Listed whole before anything is kept, so a directory fails as one entry, not halfway.
                var files = listFiles(directory).ToList();
                var subdirectories = listDirectories(directory).Where(d => new DirectoryInfo(d).LinkTarget is null).ToList();
                found.AddRange(files.Select(f => (f, (string?)null)));
                foreach (var sub in subdirectories) pending.Push(sub);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                found.Add((directory, $"directory not readable: {e.Message}"));
            }
        }
        found.Sort((a, b) => StringComparer.Ordinal.Compare(a.Item1, b.Item1));
        return found;
    }
}
