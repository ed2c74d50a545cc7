namespace HongqiExtract.Reading;

/// <summary>The format of a source, when the caller knows it.</summary>
public enum SourceFormat
{
    /// <summary>Sniffed from the content (and the file name's extension as a hint).</summary>
    Auto,
    /// <summary>Plain text in any common Chinese encoding.</summary>
    PlainText,
    /// <summary>An HTML page: only its main content is read.</summary>
    Html,
}
