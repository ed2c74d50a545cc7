namespace HongqiExtract.Documents;

/// <summary>
/// One report, read and segmented: its plain text (normalized: full-width digits and letters made
/// ASCII, one character for one), the map back to the decoded source, its metadata and its
/// sections, paragraphs and sentences. Everything after reading is a span of <see cref="Text"/>.
/// </summary>
public sealed class ReportDocument
{
    internal ReportDocument(string id, string sourceText, string plainText, string text, OffsetMap map, DocumentMetadata metadata,
        IReadOnlyList<Section> sections, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences)
    {
        Id = id;
        SourceText = sourceText;
        PlainText = plainText;
        Text = text;
        OffsetMap = map;
        Metadata = metadata;
        Sections = sections;
        Paragraphs = paragraphs;
        Sentences = sentences;
    }

    /// <summary>The tables the reader found (HTML tables), as grids with spans into <see cref="Text"/>; their rows are also lines of the text.</summary>
    public IReadOnlyList<Table> Tables { get; private init; } = [];

    internal ReportDocument WithTables(IReadOnlyList<Table> tables) =>
        new(Id, SourceText, PlainText, Text, OffsetMap, Metadata, Sections, Paragraphs, Sentences) { Diagnostics = Diagnostics, Tables = tables, Pages = Pages };

    internal ReportDocument WithPages(IReadOnlyList<TextSpan> pages) =>
        new(Id, SourceText, PlainText, Text, OffsetMap, Metadata, Sections, Paragraphs, Sentences) { Diagnostics = Diagnostics, Tables = Tables, Pages = pages };

    /// <summary>
    /// The pages of a fixed-layout source (PDF, OFD) as spans of <see cref="Text"/>, in order; a paragraph
    /// carried over a page break belongs to the page it starts on. Empty for formats without pages.
    /// </summary>
    public IReadOnlyList<TextSpan> Pages { get; internal init; } = [];

    /// <summary>Whether the source had characters of its own for <c>source_start</c> to point into; not so for PDF, Word and OFD.</summary>
    public bool HasCharacterSource => Metadata.Encoding != DocumentBuilder.BinaryEncoding;

    /// <summary>The document's id, as records carry it in <c>doc</c>.</summary>
    public string Id { get; }

    /// <summary>The decoded source (for HTML: the text of its content blocks).</summary>
    public string SourceText { get; }

    /// <summary>The cleaned text before character normalization: same length as <see cref="Text"/>, original characters.</summary>
    public string PlainText { get; }

    /// <summary>The normalized plain text that every span and record offset indexes into.</summary>
    public string Text { get; }

    /// <summary>Maps offsets in <see cref="Text"/> back to <see cref="SourceText"/>.</summary>
    public OffsetMap OffsetMap { get; }

    /// <summary>Title, report year, date, region and encoding.</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>Sections in document order; each knows its parent.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Paragraphs in document order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Sentences in document order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>What reading repaired or simplified: invalid bytes replaced, HTML nesting flattened. Empty when nothing was.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; internal init; } = [];

    /// <summary>The text of a span.</summary>
    /// <param name="span">A span of <see cref="Text"/>.</param>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The heading path of the section holding a paragraph, or null before the first heading.</summary>
    /// <param name="paragraphIndex">An index into <see cref="Paragraphs"/>.</param>
    public string? SectionPath(int paragraphIndex)
    {
        int section = Paragraphs[paragraphIndex].SectionIndex;
        return section >= 0 ? Sections[section].Path : null;
    }
}
