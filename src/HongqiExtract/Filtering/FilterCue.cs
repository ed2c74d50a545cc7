using HongqiExtract.Lexicons;

namespace HongqiExtract.Filtering;

/// <summary>The cue groups of Resources/Filtering/not-indicators.txt.</summary>
[CueFile("Filtering/not-indicators.txt")]
internal enum FilterCue
{
    OrdinalMarkers,
    RankUnits,
    SessionUnits,
    FollowingVerbs,
    ProgrammeFollowers,
    RatingSuffixes,
    ThresholdWords,
    ThresholdFollowers,
    QuantifyingVerbs,
    DimensionUnitCharacters,
    SizeFollowers,
    DurationNouns,
    AgeUnits,
    RatioNouns,
    RatioLinks,
    AgeThresholdMarkers,
}
