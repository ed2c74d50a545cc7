using HongqiExtract.Normalization;
using HongqiExtract.Structure;

namespace HongqiExtract.Documents;

/// <summary>
/// Turns a reader's blocks of text into a <see cref="ReportDocument"/>: joins them one per line,
/// normalizes the characters, finds sections, paragraphs and sentences (headings given by the reader,
/// or detected), and decides the metadata (title, report year, date, region, kind). The way a reader
/// outside this package makes a document: add blocks in reading order, then <see cref="Build"/>.
/// </summary>
public sealed class DocumentBuilder
{
    private readonly List<(string Text, int HeadingLevel)> _blocks = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<(int CaptionBlock, int FirstRowBlock, TableGrid Grid, int NoteLines)> _tables = [];
    private readonly List<int> _pageStarts = [];

    /// <summary>The <see cref="Encoding"/> of a source read from a binary format (PDF, Word, OFD), which has no characters of its own.</summary>
    public const string BinaryEncoding = "binary";

    /// <summary>Starts a document.</summary>
    /// <param name="id">The document's id, as its records will carry it.</param>
    public DocumentBuilder(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
    }

    /// <summary>The document's id.</summary>
    public string Id { get; }

    /// <summary>The encoding the source was decoded from; utf-16 when it came as text.</summary>
    public string Encoding { get; set; } = "utf-16";

    /// <summary>A report year that overrides the one the document states; null to find it.</summary>
    public int? ReportYear { get; set; }

    /// <summary>The document's kind when the reader or caller knows it (a feed of communiqués); null to detect it.</summary>
    public DocumentKind? Kind { get; set; }

    /// <summary>The title the format declares (an HTML page's title), tried before the first lines.</summary>
    public string? Title { get; set; }

    /// <summary>The date the format declares (an HTML page's publication date), in any common written form.</summary>
    public string? Date { get; set; }

    /// <summary>
    /// Whether aligned rows in the text (a 表N caption, cells split by tabs or runs of spaces) are read
    /// as tables, as they are in plain text: for formats with no table markup (PDF, OFD).
    /// </summary>
    public bool FindsTablesInText { get; set; }

    /// <summary>Whether the blocks so far hold no text.</summary>
    public bool IsEmpty => _blocks.TrueForAll(b => b.Text.Length == 0);

    /// <summary>Adds a block of body text: a paragraph per line (a heading at a line's start is still detected: 一、…).</summary>
    /// <param name="text">The block's text.</param>
    public DocumentBuilder AddParagraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Headings are placed by line: a block with line breaks is several paragraphs.
        foreach (var line in text.Split('\n')) _blocks.Add((line.TrimEnd('\r'), 0));
        return this;
    }

    /// <summary>Adds a heading the format marks as one (an HTML h2, a Word heading style).</summary>
    /// <param name="text">The heading's text.</param>
    /// <param name="level">1 for the top level, deeper levels counting up.</param>
    public DocumentBuilder AddHeading(string text, int level)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        if (text.Contains('\n', StringComparison.Ordinal)) throw new ArgumentException("a heading is one line", nameof(text));
        _blocks.Add((text, level));
        return this;
    }

    /// <summary>
    /// Adds a table: its caption as a line, then each row with text as a line of its cells joined by
    /// tabs, then its notes, a line each; the document's <see cref="ReportDocument.Tables"/> holds its
    /// grid with spans into those lines.
    /// </summary>
    /// <param name="table">The table as the source writes it.</param>
    public DocumentBuilder AddTable(TableBlock table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var grid = new TableGrid(table);
        int caption = -1;
        if (TableGrid.CaptionLine(table.Caption) is { } captionLine)
        {
            caption = _blocks.Count;
            _blocks.Add((captionLine, 0));
        }
        int firstRow = _blocks.Count;
        foreach (var line in grid.Lines) _blocks.Add((line, 0));
        var notes = (table.Note ?? "").Split('\n').Select(TableGrid.CaptionLine).OfType<string>().ToList();
        foreach (var note in notes) _blocks.Add((note, 0));
        _tables.Add((caption, firstRow, grid, notes.Count));
        return this;
    }

    /// <summary>Ends a page: the blocks added after it are on the next page (<see cref="ReportDocument.Pages"/>).</summary>
    public DocumentBuilder AddPageBreak()
    {
        _pageStarts.Add(_blocks.Count);
        return this;
    }

    /// <summary>Records what reading repaired or simplified; the document carries it.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public DocumentBuilder AddDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _diagnostics.Add(diagnostic);
        return this;
    }

    /// <summary>Builds the document from the blocks; offsets index the blocks joined with line breaks.</summary>
    public ReportDocument Build()
    {
        var headingLevels = new Dictionary<int, int>();
        for (int i = 0; i < _blocks.Count; i++)
            if (_blocks[i].HeadingLevel > 0) headingLevels[i] = _blocks[i].HeadingLevel;
        var joined = string.Join('\n', _blocks.Select(b => b.Text));
        var document = Assemble(joined, joined, OffsetMap.Identity(joined.Length), headingLevels);
        var tables = _tables.Count > 0 ? BuildTables(document.Text) : FindsTablesInText ? TextTableFinder.Find(document.Text) : [];
        if (tables.Count > 0) document = document.WithTables(tables);
        return _pageStarts.Count == 0 ? document : document.WithPages(Pages(document.Text));
    }

    /// <summary>The pages' spans: each from where its first block starts to where the next page's starts.</summary>
    private List<TextSpan> Pages(string text)
    {
        var starts = BlockStarts(text.Length);
        var pages = new List<TextSpan>(_pageStarts.Count + 1);
        int from = 0;
        foreach (int block in _pageStarts)
        {
            int to = block < starts.Length ? Math.Max(from, starts[block] - 1) : text.Length;
            pages.Add(new TextSpan(from, to));
            from = block < starts.Length ? starts[block] : text.Length;
        }
        pages.Add(new TextSpan(from, text.Length));
        return pages;
    }

    private int[] BlockStarts(int textLength)
    {
        var starts = new int[_blocks.Count];
        for (int i = 1; i < _blocks.Count; i++) starts[i] = Math.Min(textLength, starts[i - 1] + _blocks[i - 1].Text.Length + 1);
        return starts;
    }

    /// <summary>The tables' grids, their spans from where each block starts in the joined text (normalizing keeps every offset).</summary>
    private List<Table> BuildTables(string text)
    {
        var starts = BlockStarts(text.Length);
        return [.. _tables.Select(t => t.Grid.Build(text, t.CaptionBlock < 0 ? -1 : starts[t.CaptionBlock],
            [.. Enumerable.Range(t.FirstRowBlock, t.Grid.Lines.Count).Select(i => starts[i])]) with { Note = Note(text, starts, t.FirstRowBlock + t.Grid.Lines.Count, t.NoteLines) })];
    }

    /// <summary>A table's note lines as the normalized text has them, or null.</summary>
    private string? Note(string text, int[] starts, int firstBlock, int count) =>
        count == 0 ? null : string.Join('\n', Enumerable.Range(firstBlock, count).Select(i => text.Substring(starts[i], _blocks[i].Text.Length)));

    /// <summary>Builds the document from cleaned plain text and the map back to its decoded source.</summary>
    /// <remarks>Plain text has no table markup: its tables are found in the text's lines (表1 …, aligned rows).</remarks>
    internal ReportDocument BuildFromText(string sourceText, string plainText, OffsetMap map)
    {
        var document = Assemble(sourceText, plainText, map, null);
        var tables = TextTableFinder.Find(document.Text);
        return tables.Count == 0 ? document : document.WithTables(tables);
    }

    private ReportDocument Assemble(string sourceText, string plain, OffsetMap map, IReadOnlyDictionary<int, int>? headingLevels)
    {
        var text = CharNormalizer.Normalize(plain);
        var (sections, paragraphs, sentences) = StructureBuilder.Build(text, headingLevels);
        var firstLines = paragraphs.Take(MetadataExtractor.HeadLines).Select(p => text.Substring(p.Span.Start, p.Span.Length)).ToList();
        var metadata = MetadataExtractor.Extract(firstLines, Title, Date, Id, Encoding);
        if (ReportYear is { } year) metadata = metadata with { ReportYear = year };
        if (Kind is { } kind) metadata = metadata with { Kind = kind };
        metadata = metadata with { ReportYear = ReportYearResolver.Decide(metadata.ReportYear, text, paragraphs) };
        return new ReportDocument(Id, sourceText, plain, text, map, metadata, sections, paragraphs, sentences) { Diagnostics = _diagnostics.ToArray() };
    }
}
