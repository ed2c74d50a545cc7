namespace HongqiExtract.Reading;

/// <summary>A report could not be read: broken, binary, too large, or in an encoding that cannot be detected.</summary>
public sealed class ReportReadException : Exception
{
    /// <summary>Creates the exception for the named input.</summary>
    /// <param name="input">The input's id or path.</param>
    /// <param name="reason">Why it could not be read.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public ReportReadException(string input, string reason, Exception? inner = null)
        : base($"{input}: {reason}", inner)
    {
        Input = input;
        Reason = reason;
    }

    /// <summary>The input's id or path.</summary>
    public string Input { get; }

    /// <summary>Why it could not be read.</summary>
    public string Reason { get; }
}
