using HongqiExtract.Documents;
namespace HongqiExtract.Structure;

/// <summary>Builds the section, paragraph and sentence tree of a document's text.</summary>
internal static class StructureBuilder
{
    public static (List<Section> Sections, List<Paragraph> Paragraphs, List<Sentence> Sentences) Build(string text, IReadOnlyDictionary<int, int>? htmlHeadingLevels)
    {
        var sections = new List<Section>();
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        var open = new List<int>(); // indices of open sections, outermost first
        int lineNumber = 0, start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var span = TextSpan.Trimmed(text, start, end);
            if (span.Length > 0)
            {
                var line = text.AsSpan(span.Start, span.Length);
                var kind = ParagraphKind.Body;
                int level;
                int headingLength;
                if (htmlHeadingLevels is not null && htmlHeadingLevels.TryGetValue(lineNumber, out var htmlLevel))
                    (level, headingLength) = (htmlLevel, line.Length);
                else
                    (level, headingLength) = HeadingDetector.Detect(line);

                if (PageMarkers.IsPageMarker(line)) kind = ParagraphKind.PageMarker;
                else if (level > 0)
                {
                    while (open.Count > 0 && sections[open[^1]].Level >= level) Close(sections, open, span.Start);
                    int parent = open.Count > 0 ? open[^1] : -1;
                    var heading = text.Substring(span.Start, headingLength).TrimEnd('。', '：', ':');
                    var path = parent >= 0 ? sections[parent].Path + Section.PathSeparator + heading : heading;
                    sections.Add(new Section(heading, level, new TextSpan(span.Start, span.Start + headingLength), new TextSpan(span.Start, text.Length), parent, path));
                    open.Add(sections.Count - 1);
                    if (headingLength >= line.Length) kind = ParagraphKind.Heading;
                }
                int paragraphIndex = paragraphs.Count;
                paragraphs.Add(new Paragraph(span, open.Count > 0 ? open[^1] : -1, kind));
                if (kind != ParagraphKind.PageMarker)
                    foreach (var sentence in SentenceSplitter.Sentences(text, span)) sentences.Add(new Sentence(sentence, paragraphIndex));
            }
            lineNumber++;
            start = end + 1;
        }
        while (open.Count > 0) Close(sections, open, text.Length);
        return (sections, paragraphs, sentences);
    }

    private static void Close(List<Section> sections, List<int> open, int end)
    {
        int index = open[^1];
        open.RemoveAt(open.Count - 1);
        sections[index] = sections[index] with { Span = new TextSpan(sections[index].Span.Start, end) };
    }
}
