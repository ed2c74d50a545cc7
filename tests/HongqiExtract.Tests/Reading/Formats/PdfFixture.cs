using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace HongqiExtract.Tests.Reading.Formats;

/// <summary>
/// Writes Chinese PDFs for the reader's tests with PdfPig's own builder and a CJK TrueType font from
/// Debian's fonts-arphic-gbsn00lp (installed by .ci/run; PdfPig 0.1.16's subsetter needs a font with a
/// metric for every glyph, which Droid Sans Fallback lacks): paragraphs wrapped to the measured width of
/// their characters with a two-character indent, a running header and a page number on every page,
/// optionally two columns and an image-only page. PdfPig's simple TrueType fonts hold 255 characters
/// each, so the font is added again for every 250 distinct characters and each line is written in
/// runs of one font.
/// </summary>
internal sealed class PdfFixture
{
    public const string FontPath = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";

    /// <summary>The CJK font has no Latin letters or digits: those come from DejaVu Serif (fonts-dejavu-core).</summary>
    public const string LatinFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

    /// <summary>The few characters GB 2312 lacks (〇) come from Droid Sans Fallback (fonts-droid-fallback).</summary>
    public const string FallbackFontPath = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
    private const double PageWidth = 595, PageHeight = 842, Margin = 72, FontSize = 12, LineHeight = 20;
    private const int CharactersPerFont = 250;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly byte[][] _families = [File.ReadAllBytes(FontPath), File.ReadAllBytes(LatinFontPath), File.ReadAllBytes(FallbackFontPath)];
    private readonly List<PdfDocumentBuilder.AddedFont> _fonts = [];
    private readonly List<int> _familyOfFont = [];
    private readonly TrueTypeFont[] _parsed;
    private readonly Dictionary<char, int> _fontOf = [];
    private PdfPageBuilder? _page;
    private double _y;
    private int _pageNumber;

    public PdfFixture() => _parsed = [.. _families.Select(bytes => TrueTypeFontParser.Parse(new TrueTypeDataBytes(new MemoryInputBytes(bytes))))];

    public string? Header { get; init; } = "红旗区发展报告（内部资料）";

    /// <summary>Writes paragraphs in one column, page after page.</summary>
    public PdfFixture Paragraphs(IEnumerable<string> paragraphs, double fontSize = FontSize)
    {
        foreach (var paragraph in paragraphs)
        {
            if (_page is null) NewPage();
            var lines = Wrap(paragraph, PageWidth - 2 * Margin, fontSize, indent: 2);
            for (int i = 0; i < lines.Count; i++)
            {
                if (_page is null || _y < Margin + LineHeight) NewPage();
                Write(lines[i], Margin + (i == 0 ? 2 * fontSize : 0), _y, fontSize);
                _y -= LineHeight;
            }
        }
        return this;
    }

    /// <summary>A page of two columns, each its own paragraphs, under a title across both.</summary>
    public PdfFixture TwoColumns(string title, IEnumerable<string> left, IEnumerable<string> right)
    {
        NewPage();
        Write(title, Margin, _y, 16);
        _y -= 2 * LineHeight;
        double width = (PageWidth - 2 * Margin - 2 * FontSize * 2) / 2;
        foreach (var (column, x) in new[] { (left, Margin), (right, Margin + width + 4 * FontSize) })
        {
            double y = _y;
            foreach (var paragraph in column)
            {
                var lines = Wrap(paragraph, width, FontSize, indent: 2);
                for (int i = 0; i < lines.Count; i++, y -= LineHeight) Write(lines[i], x + (i == 0 ? 2 * FontSize : 0), y, FontSize);
            }
        }
        _page = null;
        return this;
    }

    /// <summary>A table as a statistical communiqué prints it: a caption, then rows whose cells stand in columns with wide gaps between.</summary>
    public PdfFixture Table(string caption, string[][] rows, double columnWidth = 110)
    {
        if (_page is null || _y < Margin + LineHeight * (rows.Length + 2)) NewPage();
        Write(caption, Margin + 100, _y, FontSize);
        _y -= LineHeight * 1.5;
        foreach (var row in rows)
        {
            for (int c = 0; c < row.Length; c++) Write(row[c], Margin + c * columnWidth, _y, FontSize);
            _y -= LineHeight;
        }
        _y -= LineHeight;
        return this;
    }

    /// <summary>A page holding nothing but an image, as a scanner makes it.</summary>
    public PdfFixture ScannedPage()
    {
        var page = _builder.AddPage(PageWidth, PageHeight);
        page.AddPng(TinyPng, new PdfRectangle(0, 0, PageWidth, PageHeight));
        _page = null;
        return this;
    }

    public byte[] Build() => _builder.Build();

    private void NewPage()
    {
        _page = _builder.AddPage(PageWidth, PageHeight);
        _pageNumber++;
        if (Header is not null) Write(Header, Margin, PageHeight - 40, 9);
        Write($"- {_pageNumber} -", PageWidth / 2 - 20, 36, 9);
        _y = PageHeight - Margin - 10;
    }

    private List<string> Wrap(string paragraph, double width, double size, int indent)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        double used = indent * size;
        foreach (char c in paragraph)
        {
            double w = Advance(c, size);
            if (used + w > width && line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
                used = 0;
            }
            line.Append(c);
            used += w;
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private void Write(string text, double x, double y, double size)
    {
        if (_page is null) throw new InvalidOperationException("written before a page was started");
        int start = 0;
        while (start < text.Length)
        {
            int font = Font(text[start]);
            int end = start + 1;
            while (end < text.Length && Font(text[end]) == font) end++;
            var run = text[start..end];
            _page.AddText(run, size, new PdfPoint(x, y), _fonts[font]);
            foreach (char c in run) x += Advance(c, size);
            start = end;
        }
    }

    private int Font(char c)
    {
        if (_fontOf.TryGetValue(c, out int font)) return font;
        int family = Array.FindIndex(_parsed, f => f.WindowsUnicodeCMap.CharacterCodeToGlyphIndex(c) != 0);
        if (family < 0) throw new InvalidOperationException($"neither font has {c} (U+{(int)c:X4})");
        int last = _familyOfFont.LastIndexOf(family);
        if (last < 0 || _fontOf.Values.Count(f => f == last) >= CharactersPerFont)
        {
            _fonts.Add(_builder.AddTrueTypeFont(_families[family]));
            _familyOfFont.Add(family);
            last = _fonts.Count - 1;
        }
        return _fontOf[c] = last;
    }

    private double Advance(char c, double size)
    {
        var font = _parsed[_familyOfFont[Font(c)]];
        return font.TryGetAdvanceWidth(c, out double width) ? width * size / font.GetUnitsPerEm() : size / 2;
    }

    /// <summary>A 1×1 grey PNG.</summary>
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");
}
