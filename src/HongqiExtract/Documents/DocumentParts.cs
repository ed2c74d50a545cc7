namespace HongqiExtract.Documents;

/// <summary>A section of a document, opened by a heading (一、 （一） 1. 第X部分 or an HTML heading).</summary>
/// <param name="Heading">The heading's text, without trailing body text.</param>
/// <param name="Level">1 for top-level headings, deeper levels counting up.</param>
/// <param name="HeadingSpan">Where the heading stands in the document's text.</param>
/// <param name="Span">From the heading to the start of the next section at the same or a higher level.</param>
/// <param name="ParentIndex">The index of the enclosing section in <see cref="ReportDocument.Sections"/>, or -1.</param>
/// <param name="Path">The heading path from the top level down, joined with " / ".</param>
public sealed record Section(string Heading, int Level, TextSpan HeadingSpan, TextSpan Span, int ParentIndex, string Path)
{
    /// <summary>What joins the headings of a path (and a table's caption to its section's path).</summary>
    internal const string PathSeparator = " / ";
}

/// <summary>A paragraph: one non-empty line of the plain text (one block of an HTML page).</summary>
/// <param name="Span">Where the paragraph stands in the document's text.</param>
/// <param name="SectionIndex">The innermost section holding it, or -1 before the first heading.</param>
/// <param name="Kind">Body text, a heading, or a page marker or continuation note.</param>
public sealed record Paragraph(TextSpan Span, int SectionIndex, ParagraphKind Kind);

/// <summary>What a paragraph is.</summary>
public enum ParagraphKind
{
    /// <summary>Report text.</summary>
    Body,
    /// <summary>A section heading on a line of its own.</summary>
    Heading,
    /// <summary>A newspaper page marker (第A01版) or continuation note ((下转第三版)): not content.</summary>
    PageMarker,
}

/// <summary>A sentence, ended by 。！？； or a line end; quotes and brackets are respected.</summary>
/// <param name="Span">Where the sentence stands in the document's text.</param>
/// <param name="ParagraphIndex">The paragraph holding it.</param>
public sealed record Sentence(TextSpan Span, int ParagraphIndex);
