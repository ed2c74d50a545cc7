using System.Text;
using HongqiExtract.Lexicons;

namespace HongqiExtract.Segmentation;

/// <summary>
/// jieba's dictionary (dict.txt with the domain user dictionary added) as an immutable trie of arrays,
/// compiled at build time by <see cref="WordTrieWriter"/> and read here with one read per array, no
/// parsing: a node is a number, its children one run of consecutive numbers found by binary search on
/// their last characters (the root's by a table of all 65,536 UTF-16 units). Walking the trie from a
/// position gives every dictionary word starting there, with no allocation. Thread-safe.
/// </summary>
internal sealed class WordTrie
{
    /// <summary>The embedded compiled trie's resource name.</summary>
    public const string ResourceName = "HongqiExtract.Segmentation.words.trie";

    /// <summary>The root, the empty string; also "no node" as a child, since no node has the root as child.</summary>
    public const int Root = 0;

    private static readonly Lazy<WordTrie> SharedTrie = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly int[] _rootChildren;
    private readonly int[] _firstChild;
    private readonly char[] _labels;
    private readonly ushort[] _frequencyIndex;
    private readonly byte[] _tags;
    private readonly int[] _frequencies;

    private WordTrie(double total, int[] rootChildren, int[] firstChild, char[] labels, ushort[] frequencyIndex, byte[] tags, int[] frequencies)
    {
        Total = total;
        _rootChildren = rootChildren;
        _firstChild = firstChild;
        _labels = labels;
        _frequencyIndex = frequencyIndex;
        _tags = tags;
        _frequencies = frequencies;
    }

    /// <summary>The package's trie, read once per process on first use.</summary>
    public static WordTrie Shared => SharedTrie.Value;

    /// <summary>The sum of the words' frequencies.</summary>
    public double Total { get; }

    /// <summary>The number of nodes, the root included.</summary>
    public int NodeCount => _labels.Length;

    /// <summary>The distinct frequencies; <see cref="FrequencyIndex"/> points into them, and the first is 0.</summary>
    public ReadOnlySpan<int> Frequencies => _frequencies;

    /// <summary>The child of <paramref name="node"/> reached by <paramref name="c"/>, or <see cref="Root"/> when there is none.</summary>
    public int Child(int node, char c)
    {
        if (node == Root) return _rootChildren[c];
        // Binary search over the children's characters, sorted; most nodes have a handful.
        int low = _firstChild[node], high = _firstChild[node + 1] - 1;
        var labels = _labels;
        while (low <= high)
        {
            int middle = (int)((uint)(low + high) >> 1);
            char label = labels[middle];
            if (label == c) return middle;
            if (label < c) low = middle + 1;
            else high = middle - 1;
        }
        return Root;
    }

    /// <summary>The index of a node's frequency in <see cref="Frequencies"/>: 0 for a prefix that is no word.</summary>
    public int FrequencyIndex(int node) => _frequencyIndex[node];

    /// <summary>A node's frequency: 0 for a prefix that is no word.</summary>
    public int Frequency(int node) => _frequencies[_frequencyIndex[node]];

    /// <summary>The node of <paramref name="word"/>, or <see cref="Root"/> when it is neither a word nor a prefix of one.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        int node = Root;
        foreach (char c in word) if ((node = Child(node, c)) == Root) return Root;
        return node;
    }

    /// <summary>The dictionary's one-letter tag of a function word (d, p, c, u, r, t) or verb (v), or '\0'.</summary>
    public char FunctionTag(ReadOnlySpan<char> word) => word.Length == 0 ? '\0' : (char)_tags[Find(word)];

    /// <summary>Every word and prefix with its frequency (0 for a prefix), for the tests that hold the trie to jieba.NET's table.</summary>
    public IEnumerable<(string Key, int Frequency, char Tag)> Entries()
    {
        var path = new StringBuilder();
        var stack = new Stack<(int Node, int Depth)>();
        for (int c = char.MaxValue; c >= 0; c--) if (_rootChildren[c] != Root) stack.Push((_rootChildren[c], 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            path.Length = depth - 1;
            path.Append(_labels[node]);
            yield return (path.ToString(), Frequency(node), (char)_tags[node]);
            for (int child = _firstChild[node + 1] - 1; child >= _firstChild[node]; child--) stack.Push((child, depth + 1));
        }
    }

    private static WordTrie Load()
    {
        using var stream = LexiconResources.OpenCompiled(ResourceName);
        return Read(stream);
    }

    /// <summary>Reads a trie written by <see cref="WordTrieWriter.Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream holds no trie of this layout.</exception>
    public static WordTrie Read(Stream stream)
    {
        CompiledResource.ExpectMagic(stream, WordTrieWriter.Magic, "word trie");
        int n = CompiledResource.ReadInt32(stream);
        int distinct = CompiledResource.ReadInt32(stream);
        double total = CompiledResource.ReadArray<double>(stream, 1)[0];
        var rootChildren = CompiledResource.ReadArray<int>(stream, char.MaxValue + 1);
        var firstChild = CompiledResource.ReadArray<int>(stream, n + 1);
        var labels = CompiledResource.ReadArray<char>(stream, n);
        var frequencyIndex = CompiledResource.ReadArray<ushort>(stream, n);
        var tags = CompiledResource.ReadArray<byte>(stream, n);
        var frequencies = CompiledResource.ReadArray<int>(stream, distinct);
        return new WordTrie(total, rootChildren, firstChild, labels, frequencyIndex, tags, frequencies);
    }
}
