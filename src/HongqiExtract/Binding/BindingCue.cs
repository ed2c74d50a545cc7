using HongqiExtract.Lexicons;

namespace HongqiExtract.Binding;

/// <summary>The cue groups of Resources/Binding/cues.txt; each member is the kebab-case group of the same name.</summary>
[CueFile("Binding/cues.txt")]
internal enum BindingCue
{
    NameTrailing,
    NameLeading,
    PhraseRemoved,
    QualifyingParentheticals,
    NameRewrites,
    Change,
    GrowthUp,
    GrowthDown,
    ClauseVerbs,
    IncreaseAny,
    Cumulative,
    NameEndVerbs,
    LevelVerbs,
    AttributeNames,
    Share,
    ShareWholes,
    ShareWholeEnds,
    EnumerationJoiners,
    Respectively,
    FromMarkers,
    FromMarkerWords,
    ComparisonMarkers,
    PreviousYearCues,
    RaiseCues,
    RankUnits,
    RankMarkers,
    PeriodEndMarks,
    PeriodClosers,
    TimeWordEnds,
    TimeWordNumerals,
    NameLeadingVerbs,
    PeriodSuffixes,
    EnumerationCompounds,
    SharedHeads,
    ShareNameEnds,
    ShareFalseStarts,
    YearKeepers,
    RedundantAttributes,
}
