namespace ReviewBot.Core.Dialogs;

/// <summary>The forms of next quarter's planning, told apart by their id's prefix (<see cref="FormIds.Plan"/> and the rest).</summary>
public enum PlanFormKind
{
    /// <summary>The member's own proposal: their key results for the quarter planned.</summary>
    Proposal,

    /// <summary>A manager's edit of a member's proposal, before approving it.</summary>
    ManagerEdit,

    /// <summary>A manager's comment sending a proposal back.</summary>
    SendBack,

    /// <summary>The exchange rates the quarter planned still lacks, asked for before an approval can go through.</summary>
    ExchangeRates,

    /// <summary>The team's target for the quarter in its reporting currency.</summary>
    TeamTarget,
}
