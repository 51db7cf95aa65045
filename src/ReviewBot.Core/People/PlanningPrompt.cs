namespace ReviewBot.Core.People;

/// <summary>When each member is asked to propose next quarter's key results: a team setting (<c>planning.prompt</c> in the team file).</summary>
public enum PlanningPrompt
{
    /// <summary>As soon as the member's retrospective of the quarter is in: the lessons are fresh and written down.</summary>
    AfterRetrospective,

    /// <summary>In the quarter's last week, beside the retrospective prompt, whether or not it is answered yet.</summary>
    LastWeek,

    /// <summary>Never by itself: members plan when they type <c>review plan</c>.</summary>
    Off,
}
