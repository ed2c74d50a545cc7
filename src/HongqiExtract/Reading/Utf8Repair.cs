using System.Buffers;
using System.Text;

namespace HongqiExtract.Reading;

/// <summary>
/// UTF-8 text damaged in a few places (a bad sector, a cut-and-paste, a truncated download) is still
/// UTF-8: decoded with replacement characters where the damage is, rather than refused whole.
/// </summary>
internal static class Utf8Repair
{
    private const int MaxInvalidSequences = 32;
    // Clearly UTF-8: valid multi-byte characters outnumber the damage many times over (GB18030 or
    // Big5 text read as UTF-8 is invalid almost everywhere).
    private const int MinValidPerInvalid = 20;

    public static bool TryRepair(byte[] bytes, out string text, out List<long> invalidOffsets)
    {
        text = "";
        invalidOffsets = [];
        int multiByte = 0;
        var span = bytes.AsSpan();
        for (int i = 0; i < span.Length;)
        {
            var status = Rune.DecodeFromUtf8(span[i..], out _, out int consumed);
            if (status == OperationStatus.Done)
            {
                if (consumed > 1) multiByte++;
            }
            else
            {
                if (invalidOffsets.Count == MaxInvalidSequences) return false;
                invalidOffsets.Add(i);
            }
            i += Math.Max(1, consumed);
        }
        if (invalidOffsets.Count == 0 || multiByte < MinValidPerInvalid * invalidOffsets.Count) return false;
        text = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes);
        return true;
    }
}
