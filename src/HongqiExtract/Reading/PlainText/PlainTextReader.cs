using HongqiExtract.Documents;

namespace HongqiExtract.Reading.PlainText;

/// <summary>Reads plain text in any common Chinese encoding: cleaned of web-dump noise, offsets mapped back to the source.</summary>
internal sealed class PlainTextReader : IReportReader
{
    public string Format => "text";

    /// <summary>Plain text is the fallback: it reads whatever no other reader took, unless the caller said HTML.</summary>
    public bool CanRead(SourceContent content) => content.Format != SourceFormat.Html;

    public ReportDocument Read(SourceContent content)
    {
        string decoded = content.Text;
        int longest = LongestLine(decoded);
        if (longest > content.Options.MaxLineLength)
            throw new ReportReadException(content.Id, $"a line has {longest:N0} characters, more than the limit of {content.Options.MaxLineLength:N0}: not a report's text");
        var (plain, map) = TextCleaner.Clean(decoded);
        if (plain.Length == 0) throw new ReportReadException(content.Id, "the input holds no text");
        return content.CreateBuilder().BuildFromText(decoded, plain, map);
    }

    private static int LongestLine(string text)
    {
        int longest = 0, start = 0;
        while (start < text.Length)
        {
            int end = text.AsSpan(start).IndexOfAny('\n', '\r');
            int length = end < 0 ? text.Length - start : end;
            longest = Math.Max(longest, length);
            start += length + 1;
        }
        return longest;
    }
}
