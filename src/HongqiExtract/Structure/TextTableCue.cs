using HongqiExtract.Lexicons;

namespace HongqiExtract.Structure;

/// <summary>The cue groups of Resources/Structure/text-tables.txt.</summary>
[CueFile("Structure/text-tables.txt")]
internal enum TextTableCue
{
    HeaderNames,
}
