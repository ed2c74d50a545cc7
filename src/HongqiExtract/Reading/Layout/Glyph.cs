namespace HongqiExtract.Reading.Layout;

/// <summary>
/// One character placed on a page, as fixed-layout formats (PDF, OFD) give it: its text, its
/// horizontal extent and its baseline, y growing upwards, in the format's own units.
/// </summary>
/// <param name="Value">The character (or the few a ligature stands for).</param>
/// <param name="Left">Where it starts (its origin on the baseline).</param>
/// <param name="Right">Where the next character would start (its advance, not its ink).</param>
/// <param name="Baseline">Its baseline.</param>
/// <param name="Size">Its font size.</param>
internal readonly record struct Glyph(string Value, double Left, double Right, double Baseline, double Size);

/// <summary>
/// A line of text on a page, in reading order: its cells (more than one where the line has wide gaps,
/// as a table row does) and where it stands.
/// </summary>
/// <param name="Cells">The text of each stretch between wide gaps, in order.</param>
/// <param name="Left">Where the line starts.</param>
/// <param name="Right">Where it ends.</param>
/// <param name="Baseline">Its baseline.</param>
/// <param name="Size">The largest font size on it.</param>
/// <param name="Column">0 for the left or only column, 1 for the right one, -1 for a line across both.</param>
internal sealed record LayoutLine(IReadOnlyList<string> Cells, double Left, double Right, double Baseline, double Size, int Column)
{
    /// <summary>The line's text, its cells joined by tabs (the text-table finder splits rows on them).</summary>
    public string Text => string.Join('\t', Cells);
}
