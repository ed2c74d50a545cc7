using HongqiExtract.Documents;

namespace HongqiExtract.Reading.Layout;

/// <summary>
/// Joins a fixed-layout document's lines into paragraphs for a <see cref="DocumentBuilder"/>: a line
/// that ends short of its column's right edge ends its paragraph, a line indented from the column's
/// left edge (the two-character indent of Chinese text) starts one, and a line broken mid-sentence is
/// joined to the next without a space, across columns and pages. Table rows (lines with cells),
/// headings in a larger type and centred lines stand alone. Each page after the first starts with a
/// page break, where its first paragraph starts.
/// </summary>
internal static class ParagraphJoiner
{
    /// <summary>How far short of the right edge, in font sizes, a line must end to end its paragraph.</summary>
    private const double ShortEnd = 1.5;

    /// <summary>How far in from the left edge, in font sizes, a line must start to start a paragraph.</summary>
    private const double Indent = 1.0;

    /// <summary>A line this much larger than the body text is a heading.</summary>
    private const double HeadingScale = 1.15;

    public static void AddTo(DocumentBuilder builder, IReadOnlyList<List<LayoutLine>> pages)
    {
        var sizes = pages.SelectMany(p => p).Select(l => l.Size).Order().ToList();
        double body = sizes.Count == 0 ? 0 : sizes[sizes.Count / 2];
        var paragraph = new System.Text.StringBuilder();
        // Page breaks go before the first paragraph that starts on the new page, not inside one carried over.
        int breaksBefore = 0, breaksAfter = 0;
        void Flush()
        {
            if (paragraph.Length == 0) return;
            for (; breaksBefore > 0; breaksBefore--) builder.AddPageBreak();
            builder.AddParagraph(paragraph.ToString());
            paragraph.Clear();
            (breaksBefore, breaksAfter) = (breaksAfter, 0);
        }
        for (int p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            if (p > 0 && paragraph.Length == 0) breaksBefore++;
            else if (p > 0) breaksAfter++;
            if (page.Count == 0) continue;
            var edges = page.GroupBy(l => l.Column).ToDictionary(g => g.Key, g => (Left: g.Min(l => l.Left), Right: g.Max(l => l.Right)));
            foreach (var line in page)
            {
                var (left, right) = edges[line.Column];
                bool alone = line.Cells.Count > 1 || line.Size > HeadingScale * body;
                bool indented = line.Left > left + Indent * line.Size;
                bool endsShort = line.Right < right - ShortEnd * line.Size;
                if (alone || indented) Flush();
                // An English word broken over lines keeps a space; digits (由1|1家) and Chinese join without one.
                if (paragraph.Length > 0 && char.IsAsciiLetter(paragraph[^1]) && char.IsAsciiLetter(line.Text[0])) paragraph.Append(' ');
                paragraph.Append(line.Text);
                if (alone || endsShort) Flush();
            }
        }
        Flush();
        for (int b = breaksBefore + breaksAfter; b > 0; b--) builder.AddPageBreak();
    }
}
