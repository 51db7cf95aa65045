using ReviewBot.Core.Commands;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Planning;

/// <summary>Which quarter <c>review plan</c> plans when no quarter is named.</summary>
internal static class PlanningQuarter
{
    /// <summary>
    /// While a quarter's retrospective is open (its last weeks, and the next quarter's first), the quarter after it:
    /// planning follows the review, even a few days into the new quarter. Otherwise the next quarter.
    /// </summary>
    public static Quarter For(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return (CheckInCommands.RetrospectiveWeek(speaker)?.Quarter ?? speaker.Quarter).Next();
    }
}
