using HongqiExtract.Reading;
using HongqiExtract.Documents;
namespace HongqiExtract.Cli;

/// <summary>hongqi text and hongqi structure: what the reader made of one file.</summary>
internal static class TextCommands
{
    public static int Text(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        var document = ReadSingle(args.Allow("--report-year"), stderr);
        if (document is null) return CommandLine.SomeFailed;
        stdout.Write(document.Text);
        stdout.Write('\n');
        return CommandLine.Ok;
    }

    public static int Structure(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        var document = ReadSingle(args.Allow("--report-year"), stderr);
        if (document is null) return CommandLine.SomeFailed;
        var m = document.Metadata;
        stdout.WriteLine($"doc: {document.Id}");
        stdout.WriteLine($"title: {m.Title}");
        stdout.WriteLine($"year: {m.ReportYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}");
        stdout.WriteLine($"date: {m.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}");
        stdout.WriteLine($"region: {m.Region ?? "unknown"}{(m.RegionCode is { } code ? $" ({code})" : "")}");
        stdout.WriteLine($"encoding: {m.Encoding}");
        stdout.WriteLine($"kind: {m.Kind.Code()}");
        stdout.WriteLine($"characters: {document.Text.Length}, sections: {document.Sections.Count}, paragraphs: {document.Paragraphs.Count}, sentences: {document.Sentences.Count}"
            + (document.Pages.Count > 0 ? $", pages: {document.Pages.Count}" : ""));
        stdout.WriteLine();
        // Sentences per paragraph, counted once rather than rescanned for every paragraph.
        var sentencesPerParagraph = new int[document.Paragraphs.Count];
        foreach (var sentence in document.Sentences) sentencesPerParagraph[sentence.ParagraphIndex]++;
        int lastSection = -2, page = 0;
        for (int p = 0; p < document.Paragraphs.Count; p++)
        {
            var paragraph = document.Paragraphs[p];
            // A PDF's or OFD's page markers, where each page's first paragraph starts.
            for (; page < document.Pages.Count && document.Pages[page].Start <= paragraph.Span.Start; page++)
                stdout.WriteLine($"— page {page + 1} {document.Pages[page]} —");
            if (paragraph.SectionIndex != lastSection && paragraph.SectionIndex >= 0 && document.Sections[paragraph.SectionIndex].HeadingSpan.Start == paragraph.Span.Start)
            {
                var section = document.Sections[paragraph.SectionIndex];
                stdout.WriteLine($"{new string(' ', (section.Level - 1) * 2)}§ {section.Heading}  {section.Span}");
            }
            lastSection = paragraph.SectionIndex;
            int depth = paragraph.SectionIndex >= 0 ? document.Sections[paragraph.SectionIndex].Level : 0;
            int sentences = sentencesPerParagraph[p];
            var preview = document.Slice(paragraph.Span);
            if (preview.Length > 30) preview = preview[..30] + "…";
            var kind = paragraph.Kind == ParagraphKind.Body ? "¶" : paragraph.Kind == ParagraphKind.Heading ? "h" : "page";
            stdout.WriteLine($"{new string(' ', depth * 2)}{kind} {paragraph.Span} {sentences} sentence(s): {preview}");
        }
        return CommandLine.Ok;
    }

    private static ReportDocument? ReadSingle(ParsedArguments args, TextWriter stderr)
    {
        if (args.Positional.Count != 1) throw new UsageException("give exactly one FILE");
        var path = args.Positional[0];
        try
        {
            var source = path == "-" ? ReportSource.FromStream(Console.OpenStandardInput(), "-") : ReportSource.FromFile(path);
            return ReportReader.Read(source, ReaderOptions.Default with { ReportYear = args.GetInt("--report-year") });
        }
        catch (ReportReadException e)
        {
            stderr.WriteLine($"hongqi: {e.Message}");
            return null;
        }
        catch (FileNotFoundException)
        {
            stderr.WriteLine($"hongqi: {path}: no such file");
            return null;
        }
    }
}
