using HongqiExtract.Lexicons;

namespace HongqiExtract.Classification;

/// <summary>The cue groups of Resources/Classification/target-cues.txt.</summary>
[CueFile("Classification/target-cues.txt")]
internal enum TargetCue
{
    ParagraphTarget,
    ParagraphTargetStart,
    Target,
    NotTarget,
    TargetSection,
    ReviewHeadings,
    FutureMarkers,
    FutureMarkerWords,
    ObjectMarkers,

    /// <summary>Verbs that, after an object marker (将…提高到), show it takes an object rather than looking ahead.</summary>
    DisposalVerbs,
}
