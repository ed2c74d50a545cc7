using HongqiExtract.Lexicons;

namespace HongqiExtract.Binding.Tables;

/// <summary>The cue groups of Resources/Binding/table-cues.txt.</summary>
[CueFile("Binding/table-cues.txt")]
internal enum TableCue
{
    UnitHeaders,
    GrowthHeaders,
    ShareHeaders,
    LevelHeaders,
    Comparisons,
    CaptionGrowth,
    RowMarkers,
    RowMarkEnds,
    PreviousYearHeaders,
    QualifierRows,
    TotalRows,
    ScopePrefixes,
    OrdinalHeaders,
}
