namespace ReviewBot.Core.Planning;

/// <summary>Where a member's proposal for next quarter stands with the manager.</summary>
public enum PlanStatus
{
    /// <summary>Submitted (or resubmitted) by the member, waiting for the manager.</summary>
    Proposed,

    /// <summary>Returned by the manager with a comment; the member changes it and proposes again.</summary>
    SentBack,

    /// <summary>Approved: its key results are the quarter's OKRs now, and further changes go through <c>review okrs</c>.</summary>
    Approved,
}
