using System.Globalization;
using System.Xml.Linq;
using HongqiExtract.Reading.Layout;

namespace HongqiExtract.Reading.Ofd;

/// <summary>
/// The characters of an OFD page: each TextCode's text placed from its TextObject's Boundary, its own
/// X and Y and the DeltaX advances between characters (with the standard's "g N d" shorthand for N
/// equal advances), y turned upwards so the layout stage reads them as it reads PDF's.
/// </summary>
internal static class OfdGlyphs
{
    public static IEnumerable<Glyph> Of(XElement page, double pageHeight)
    {
        foreach (var textObject in page.Descendants().Where(e => e.Name.LocalName == "TextObject"))
        {
            var boundary = Numbers(textObject.Attribute("Boundary")?.Value);
            double originX = boundary.Count >= 2 ? boundary[0] : 0, originY = boundary.Count >= 2 ? boundary[1] : 0;
            double size = Number(textObject.Attribute("Size")?.Value) ?? 3.5;
            double x = 0, y = 0;
            foreach (var code in textObject.Elements().Where(e => e.Name.LocalName == "TextCode"))
            {
                // X and Y carry over from the previous TextCode where a code leaves them out.
                x = Number(code.Attribute("X")?.Value) ?? x;
                y = Number(code.Attribute("Y")?.Value) ?? y;
                var advances = Advances(code.Attribute("DeltaX")?.Value);
                string text = code.Value;
                double at = x;
                var letters = System.Globalization.StringInfo.GetTextElementEnumerator(text);
                int i = 0;
                while (letters.MoveNext())
                {
                    var letter = (string)letters.Current;
                    double advance = i < advances.Count ? advances[i] : size;
                    yield return new Glyph(letter, originX + at, originX + at + Math.Min(advance, size), pageHeight - (originY + y), size);
                    at += advance;
                    i++;
                }
                x = at;
            }
        }
    }

    /// <summary>DeltaX with "g N d" expanded to N copies of d.</summary>
    private static List<double> Advances(string? text)
    {
        var tokens = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var advances = new List<double>();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] == "g" && i + 2 < tokens.Length && int.TryParse(tokens[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) && Number(tokens[i + 2]) is { } repeated)
            {
                advances.AddRange(Enumerable.Repeat(repeated, Math.Clamp(count, 0, 100_000)));
                i += 2;
            }
            else if (Number(tokens[i]) is { } advance) advances.Add(advance);
        }
        return advances;
    }

    public static List<double> Numbers(string? text) =>
        (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Number).OfType<double>().ToList();

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) ? value : null;
}
