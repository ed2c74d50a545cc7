using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HongqiExtract.Tests.Reading.Formats;

/// <summary>Writes Word documents for the reader's tests with the Open XML SDK: styles for headings, paragraphs, list items, a table and a footnote.</summary>
internal sealed class DocxFixture
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<string> _footnotes = [];
    private string? _coreTitle;

    public DocxFixture Heading(string text, int level) => Add(Paragraph(text, $"Heading{level}"));

    public DocxFixture Title(string text) => Add(Paragraph(text, "Title"));

    /// <summary>Any body element as the SDK writes it: tracked changes, fields, content controls, spans.</summary>
    public DocxFixture Element(OpenXmlElement element) => Add(element);

    /// <summary>The title in the package's core properties (File → Info → Title in Word).</summary>
    public DocxFixture CoreTitle(string title)
    {
        _coreTitle = title;
        return this;
    }

    public DocxFixture Paragraphs(IEnumerable<string> texts)
    {
        foreach (var text in texts) Add(Paragraph(text, null));
        return this;
    }

    public DocxFixture ListItem(string text) =>
        Add(new Paragraph(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })), new Run(new Text(text))));

    /// <summary>A paragraph that ends with a footnote mark; the footnote's text lives in the footnotes part.</summary>
    public DocxFixture WithFootnote(string text, string footnote)
    {
        _footnotes.Add(footnote);
        return Add(new Paragraph(new Run(new Text(text)), new Run(new FootnoteReference { Id = _footnotes.Count })));
    }

    /// <summary>A table: rows of cells; a cell "^" continues the vertical merge of the cell above it.</summary>
    public DocxFixture Table(string[][] rows, bool headerRow = true)
    {
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single })));
        for (int r = 0; r < rows.Length; r++)
        {
            var row = new TableRow();
            if (r == 0 && headerRow) row.Append(new TableRowProperties(new TableHeader()));
            for (int c = 0; c < rows[r].Length; c++)
            {
                bool continued = rows[r][c] == "^";
                bool starts = !continued && r + 1 < rows.Length && c < rows[r + 1].Length && rows[r + 1][c] == "^";
                var properties = new TableCellProperties();
                if (continued) properties.Append(new VerticalMerge());
                else if (starts) properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                row.Append(new TableCell(properties, new Paragraph(new Run(new Text(continued ? "" : rows[r][c])))));
            }
            table.Append(row);
        }
        return Add(table);
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            if (_coreTitle is not null) word.PackageProperties.Title = _coreTitle;
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                Style("Title", "Title", null), Style("Heading1", "heading 1", 0), Style("Heading2", "heading 2", 1),
                // A house style with no level of its own, a heading through the style it is based on.
                Style("Chapter", "chapter", null, basedOn: "Heading2"));
            if (_footnotes.Count > 0)
            {
                var part = main.AddNewPart<FootnotesPart>();
                part.Footnotes = new Footnotes(_footnotes.Select((f, i) => new Footnote(new Paragraph(new Run(new Text(f)))) { Id = i + 1 }));
            }
        }
        return stream.ToArray();
    }

    private DocxFixture Add(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    private static Paragraph Paragraph(string text, string? style) =>
        style is null ? new Paragraph(new Run(new Text(text))) : new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private static Style Style(string id, string name, int? outline, string? basedOn = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (outline is { } level) style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level }));
        return style;
    }
}
