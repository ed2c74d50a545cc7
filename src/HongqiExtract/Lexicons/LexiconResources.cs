namespace HongqiExtract.Lexicons;

/// <summary>Reads the lexicon files embedded under Resources/.</summary>
internal static class LexiconResources
{
    /// <summary>The non-empty, non-comment lines of an embedded lexicon file, trimmed.</summary>
    /// <param name="relativePath">The path under Resources/, with forward slashes.</param>
    public static IEnumerable<string> ReadLines(string relativePath)
    {
        using var stream = Open(relativePath);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            yield return trimmed;
        }
    }

    /// <summary>An embedded file under Resources/ (a lexicon or a model).</summary>
    /// <param name="relativePath">The path under Resources/, with forward slashes.</param>
    public static Stream Open(string relativePath)
    {
        var name = "HongqiExtract.Resources." + relativePath.Replace('\\', '/');
        var assembly = typeof(LexiconResources).Assembly;
        // RecursiveDir uses the build machine's separator; accept either.
        return assembly.GetManifestResourceStream(name) ?? assembly.GetManifestResourceStream(name.Replace('/', '\\'))
            ?? throw new InvalidOperationException($"The resource {relativePath} is not embedded; the package is broken.");
    }

    /// <summary>An embedded resource by its logical name: the binary forms the build compiles (words.trie, hmm.model, *.bin).</summary>
    public static Stream OpenCompiled(string resourceName) =>
        typeof(LexiconResources).Assembly.GetManifestResourceStream(resourceName)
        ?? throw new InvalidOperationException($"The compiled resource {resourceName} is not embedded; the package is broken.");
}
