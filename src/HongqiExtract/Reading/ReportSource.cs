namespace HongqiExtract.Reading;

/// <summary>
/// One report to read: a file, bytes, a stream or a string, with the id its records will carry.
/// Nothing is read until a reader asks for the content.
/// </summary>
public sealed class ReportSource
{
    private readonly Func<long, byte[]>? _readBytes;
    private readonly string? _text;

    private ReportSource(string id, SourceFormat format, Func<long, byte[]>? readBytes, string? text, string? path)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
        Format = format;
        _readBytes = readBytes;
        _text = text;
        Path = path;
    }

    /// <summary>The document's id: the path as given, or the id the caller chose.</summary>
    public string Id { get; }

    /// <summary>The format, or <see cref="SourceFormat.Auto"/> to sniff it.</summary>
    public SourceFormat Format { get; }

    /// <summary>The file path, for sources read from a file; null otherwise.</summary>
    public string? Path { get; }

    /// <summary>A source read from a file; its id is the path as given unless <paramref name="id"/> says otherwise.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="id">The id for its records; the path when null.</param>
    /// <param name="format">The format, or Auto to sniff it.</param>
    public static ReportSource FromFile(string path, string? id = null, SourceFormat format = SourceFormat.Auto)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new ReportSource(id ?? path, format, limit => ReadFile(path, limit), null, path);
    }

    /// <summary>A source over bytes already in memory.</summary>
    /// <param name="bytes">The raw bytes, in any supported encoding.</param>
    /// <param name="id">The id for its records.</param>
    /// <param name="format">The format, or Auto to sniff it.</param>
    public static ReportSource FromBytes(byte[] bytes, string id, SourceFormat format = SourceFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new ReportSource(id, format, limit => CheckLimit(bytes, limit, id), null, null);
    }

    /// <summary>A source over a stream; the stream is read to its end when the reader asks, then left open.</summary>
    /// <param name="stream">The stream to read.</param>
    /// <param name="id">The id for its records.</param>
    /// <param name="format">The format, or Auto to sniff it.</param>
    public static ReportSource FromStream(Stream stream, string id, SourceFormat format = SourceFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new ReportSource(id, format, limit => ReadStream(stream, limit, id), null, null);
    }

    /// <summary>A source over text that is already decoded.</summary>
    /// <param name="text">The report's text (or HTML markup).</param>
    /// <param name="id">The id for its records.</param>
    /// <param name="format">The format, or Auto to sniff it.</param>
    public static ReportSource FromString(string text, string id, SourceFormat format = SourceFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ReportSource(id, format, null, text, null);
    }

    internal bool HasText => _text is not null;

    internal string Text => _text ?? throw new InvalidOperationException("The source holds bytes, not text.");

    internal byte[] ReadBytes(long maxBytes) =>
        _readBytes is null ? throw new InvalidOperationException("The source holds text, not bytes.") : _readBytes(maxBytes);

    private static byte[] ReadFile(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (stream.Length > limit)
            throw new ReportReadException(path, $"the file has {stream.Length:N0} bytes, more than the limit of {limit:N0}");
        return ReadStream(stream, limit, path);
    }

    private static byte[] CheckLimit(byte[] bytes, long limit, string id) =>
        bytes.Length > limit
            ? throw new ReportReadException(id, $"the input has {bytes.Length:N0} bytes, more than the limit of {limit:N0}")
            : bytes;

    private static byte[] ReadStream(Stream stream, long limit, string id) =>
        BoundedReader.TryReadAll(stream, limit, out var bytes)
            ? bytes
            : throw new ReportReadException(id, $"the input exceeds the limit of {limit:N0} bytes");
}
