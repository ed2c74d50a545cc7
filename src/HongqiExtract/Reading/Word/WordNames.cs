using System.Xml.Linq;

namespace HongqiExtract.Reading.Word;

/// <summary>
/// The WordprocessingML names the reader looks for, in the namespace the document uses: transitional
/// (what Word writes) or strict ISO/IEC 29500 (Word's "Strict Open XML" save), which differ only in it.
/// </summary>
internal sealed class WordNames
{
    private const string Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    public static readonly WordNames TransitionalNames = new(Transitional);
    public static readonly WordNames StrictNames = new(Strict);

    private WordNames(XNamespace w)
    {
        Document = w + "document";
        Body = w + "body";
        Paragraph = w + "p";
        ParagraphProperties = w + "pPr";
        ParagraphStyle = w + "pStyle";
        OutlineLevel = w + "outlineLvl";
        Run = w + "r";
        Text = w + "t";
        Tab = w + "tab";
        TabStops = w + "tabs";
        Break = w + "br";
        CarriageReturn = w + "cr";
        Table = w + "tbl";
        Row = w + "tr";
        RowProperties = w + "trPr";
        RowIsHeader = w + "tblHeader";
        GridBefore = w + "gridBefore";
        Cell = w + "tc";
        CellProperties = w + "tcPr";
        GridSpan = w + "gridSpan";
        VerticalMerge = w + "vMerge";
        ContentControl = w + "sdt";
        ContentControlContent = w + "sdtContent";
        Style = w + "style";
        StyleId = w + "styleId";
        StyleName = w + "name";
        BasedOn = w + "basedOn";
        Val = w + "val";
    }

    /// <summary>The names of the namespace a main document part's root element is in; null for neither.</summary>
    public static WordNames? Of(XElement? root) =>
        root?.Name == TransitionalNames.Document ? TransitionalNames : root?.Name == StrictNames.Document ? StrictNames : null;

    public XName Document { get; }
    public XName Body { get; }
    public XName Paragraph { get; }
    public XName ParagraphProperties { get; }
    public XName ParagraphStyle { get; }
    public XName OutlineLevel { get; }
    public XName Run { get; }
    public XName Text { get; }
    public XName Tab { get; }
    public XName TabStops { get; }
    public XName Break { get; }
    public XName CarriageReturn { get; }
    public XName Table { get; }
    public XName Row { get; }
    public XName RowProperties { get; }
    public XName RowIsHeader { get; }
    public XName GridBefore { get; }
    public XName Cell { get; }
    public XName CellProperties { get; }
    public XName GridSpan { get; }
    public XName VerticalMerge { get; }
    public XName ContentControl { get; }
    public XName ContentControlContent { get; }
    public XName Style { get; }
    public XName StyleId { get; }
    public XName StyleName { get; }
    public XName BasedOn { get; }
    public XName Val { get; }

    /// <summary>The w:val of a child element (w:pStyle w:val="Heading1"), null when either is absent.</summary>
    public string? ValOf(XElement? parent, XName child) => (string?)parent?.Element(child)?.Attribute(Val);

    /// <summary>The w:val of a child element as an integer, null when absent or not a number.</summary>
    public int? IntOf(XElement? parent, XName child) =>
        int.TryParse(ValOf(parent, child), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : null;
}
