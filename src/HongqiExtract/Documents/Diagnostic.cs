namespace HongqiExtract.Documents;

/// <summary>What a diagnostic reports.</summary>
public enum DiagnosticCode
{
    /// <summary>Reading replaced a few invalid bytes of otherwise valid UTF-8 text.</summary>
    InvalidBytesReplaced,
    /// <summary>An HTML page nested too deep was read as tag-stripped text.</summary>
    HtmlFlattened,
    /// <summary>A numeral could not be parsed (1百01): no record was made of it.</summary>
    MalformedNumeral,
    /// <summary>A value lies past the range of a decimal (546028375831261584万亿元): no record was made of it.</summary>
    ValueOutOfRange,
    /// <summary>A sentence's arithmetic overflowed while binding: its records were dropped, the rest of the document kept.</summary>
    SentenceSkipped,
    /// <summary>A page of a PDF or OFD has no text layer (a scanned image): it was not read.</summary>
    PageWithoutText,
}

/// <summary>A problem that did not stop reading or extraction: what it is, in words, and where.</summary>
/// <param name="Code">What kind of problem it is.</param>
/// <param name="Message">The problem, naming the text concerned.</param>
/// <param name="Span">Where it is in the document's text (for a reading problem: in its source), when known.</param>
public sealed record Diagnostic(DiagnosticCode Code, string Message, TextSpan? Span = null)
{
    /// <summary>The diagnostic as one line: <c>MalformedNumeral at 1234: 1百01: …</c>.</summary>
    public override string ToString() => Span is { } span ? $"{Code} at {span.Start}: {Message}" : $"{Code}: {Message}";
}
