using HongqiExtract.Lexicons;

namespace HongqiExtract.Structure;

/// <summary>The cue groups of Resources/Structure/document-kinds.txt.</summary>
[CueFile("Structure/document-kinds.txt")]
internal enum DocumentKindCue
{
    CommuniqueTitle,
    BudgetTitle,
    PlanTitle,
    WorkReportTitle,
    ReleaseTitle,
    NewsHead,
    WorkReportVoice,
}
