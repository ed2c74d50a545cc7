using System.IO.Compression;
using System.Security;
using System.Text;

namespace HongqiExtract.Tests.Reading.Formats;

/// <summary>
/// Writes an OFD for the reader's tests. No real OFD can be downloaded here, so this one is built from
/// the structure GB/T 33190 lays down: OFD.xml naming Doc_0/Document.xml, which lists the pages, each
/// Doc_0/Pages/Page_N/Content.xml a layer of TextObjects (Boundary, Size) with one TextCode (X, Y,
/// DeltaX) per line; millimetres, y downwards; a running header and page number on every page.
/// </summary>
internal static class OfdFixture
{
    private const double PageWidth = 210, PageHeight = 297, Margin = 25, Size = 4.2, LineHeight = 7;
    private const string Ns = "http://www.ofdspec.org/2016";

    public static byte[] Build(IEnumerable<string> paragraphs, string title)
    {
        var pages = new List<StringBuilder>();
        StringBuilder? page = null;
        double y = 0;
        int id = 10;
        foreach (var paragraph in paragraphs)
        {
            var lines = Wrap(paragraph, PageWidth - 2 * Margin, indent: 2);
            for (int i = 0; i < lines.Count; i++)
            {
                if (page is null || y > PageHeight - Margin)
                {
                    page = new StringBuilder();
                    pages.Add(page);
                    Text(page, ref id, "红旗区发展报告（内部资料）", Margin, 12, 3);
                    Text(page, ref id, $"- {pages.Count} -", PageWidth / 2 - 5, PageHeight - 12, 3);
                    y = Margin + 5;
                }
                Text(page, ref id, lines[i], Margin + (i == 0 ? 2 * Size : 0), y, Size);
                y += LineHeight;
            }
        }
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "OFD.xml", $"<ofd:OFD xmlns:ofd=\"{Ns}\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>fixture</ofd:DocID><ofd:Title>{SecurityElement.Escape(title)}</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
            var list = string.Concat(pages.Select((_, n) => $"<ofd:Page ID=\"{n + 1}\" BaseLoc=\"Pages/Page_{n}/Content.xml\"/>"));
            Entry(zip, "Doc_0/Document.xml", $"<ofd:Document xmlns:ofd=\"{Ns}\"><ofd:CommonData><ofd:MaxUnitID>{id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {PageWidth} {PageHeight}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{list}</ofd:Pages></ofd:Document>");
            Entry(zip, "Doc_0/PublicRes.xml", $"<ofd:Res xmlns:ofd=\"{Ns}\" BaseLoc=\"Res\"><ofd:Fonts><ofd:Font ID=\"2\" FontName=\"宋体\" FamilyName=\"宋体\"/></ofd:Fonts></ofd:Res>");
            for (int n = 0; n < pages.Count; n++)
                Entry(zip, $"Doc_0/Pages/Page_{n}/Content.xml", $"<ofd:Page xmlns:ofd=\"{Ns}\"><ofd:Content><ofd:Layer ID=\"{n + 3}\">{pages[n]}</ofd:Layer></ofd:Content></ofd:Page>");
        }
        return stream.ToArray();
    }

    /// <summary>A full-width character advances one size, an ASCII one half.</summary>
    private static double Advance(char c, double size) => c < 0x2E80 ? size / 2 : size;

    private static List<string> Wrap(string paragraph, double width, int indent)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        double used = indent * Size;
        foreach (char c in paragraph)
        {
            if (used + Advance(c, Size) > width && line.Length > 0) { lines.Add(line.ToString()); line.Clear(); used = 0; }
            line.Append(c);
            used += Advance(c, Size);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private static void Text(StringBuilder page, ref int id, string text, double x, double y, double size)
    {
        var deltas = string.Join(' ', text.Skip(1).Select((_, i) => Advance(text[i], size).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        double width = text.Sum(c => Advance(c, size));
        page.Append(System.FormattableString.Invariant(
            $"<ofd:TextObject ID=\"{id++}\" Boundary=\"{x} {y - size} {width} {size * 1.4}\" Font=\"2\" Size=\"{size}\"><ofd:TextCode X=\"0\" Y=\"{size}\" DeltaX=\"{deltas}\">{SecurityElement.Escape(text)}</ofd:TextCode></ofd:TextObject>"));
    }

    private static void Entry(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml);
    }
}
