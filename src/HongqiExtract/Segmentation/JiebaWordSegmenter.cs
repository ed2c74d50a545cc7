using System.Diagnostics;
using System.Reflection;
using JiebaNet.Segmenter;

namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba.NET behind <see cref="IWordSegmenter"/>. Its dictionaries are embedded in this assembly and
/// written once to a cache folder that jieba reads; the domain user dictionary is added at load.
/// jieba's dictionary is a process-wide singleton that it mutates without locks, so it is loaded
/// once, lazily, under a lock, and only read afterwards.
/// </summary>
public sealed class JiebaWordSegmenter : IWordSegmenter
{
    private const string ResourcePrefix = "HongqiExtract.Jieba.";
    private static readonly string[] RequiredFiles = ["dict.txt", "prob_trans.json", "prob_emit.json", "char_state_tab.json"];
    private static readonly Lazy<JiebaWordSegmenter> SharedInstance = new(() => new JiebaWordSegmenter(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaSegmenter _segmenter;

    private JiebaWordSegmenter()
    {
        var watch = Stopwatch.StartNew();
        long before = GC.GetTotalMemory(false);
        ConfigManager.ConfigFileBaseDir = PrepareDictionaryFolder();
        _segmenter = new JiebaSegmenter();
        // The first cut loads the main dictionary; do it now so load cost is paid here, once.
        _ = _segmenter.Cut("初始化").ToList();
        foreach (var (word, frequency, tag) in UserDictionary.Load()) _segmenter.AddWord(word, frequency, tag);
        LoadTime = watch.Elapsed;
        LoadBytes = Math.Max(0, GC.GetTotalMemory(false) - before);
    }

    /// <summary>The process-wide segmenter, loaded on first use.</summary>
    public static JiebaWordSegmenter Shared => SharedInstance.Value;

    /// <summary>How long loading the dictionaries took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Managed memory the loaded dictionaries added, approximately.</summary>
    public long LoadBytes { get; }

    /// <inheritdoc />
    public IReadOnlyList<WordToken> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return [];
        var tokens = new List<WordToken>();
        foreach (var token in _segmenter.Tokenize(text, TokenizerMode.Default, hmm: true))
            tokens.Add(new WordToken(token.Word, token.StartIndex, token.EndIndex));
        return tokens;
    }

    /// <summary>
    /// Writes the embedded dictionaries to a per-version cache folder (once) and checks that every
    /// file jieba needs is there: a missing dictionary is an error, never jieba's silent HMM-only mode.
    /// </summary>
    private static string PrepareDictionaryFolder()
    {
        var assembly = typeof(JiebaWordSegmenter).Assembly;
        var version = assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        var root = Environment.GetEnvironmentVariable("HONGQI_CACHE_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "hongqiextract-" + Environment.UserName);
        var folder = Path.Combine(root, "jieba-" + version);
        foreach (var name in RequiredFiles.Concat(["pos_prob_start.json", "pos_prob_trans.json", "pos_prob_emit.json"]))
        {
            var target = Path.Combine(folder, name);
            if (File.Exists(target)) continue;
            using var resource = assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException($"The segmenter's dictionary {name} is not embedded in {assembly.GetName().Name}; the package is broken.");
            Directory.CreateDirectory(folder);
            // Write aside and move into place, so concurrent processes never read a half-written file.
            var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var file = File.Create(temporary)) resource.CopyTo(file);
            try { File.Move(temporary, target, overwrite: false); }
            catch (IOException) when (File.Exists(target)) { File.Delete(temporary); }
        }
        foreach (var name in RequiredFiles)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path) || new FileInfo(path).Length == 0)
                throw new FileNotFoundException($"The segmenter's dictionary is missing at {path}.", path);
        }
        // jieba joins its file names to this folder with Path.Combine; a trailing separator is harmless.
        return folder + Path.DirectorySeparatorChar;
    }
}

/// <summary>The embedded domain dictionary: units, scale+unit words and indicator terms of government reports.</summary>
internal static class UserDictionary
{
    public static IEnumerable<(string Word, int Frequency, string Tag)> Load()
    {
        foreach (var line in Lexicons.ReadLines("Segmentation/user-dict.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int frequency = parts.Length > 1 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : 2000;
            yield return (parts[0], frequency, parts.Length > 2 ? parts[2] : "n");
        }
    }
}
