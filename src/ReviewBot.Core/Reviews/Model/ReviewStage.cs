namespace ReviewBot.Core.Reviews.Model;

/// <summary>Where the quarter is as the review is read: not begun, under way, or over.</summary>
public enum ReviewStage
{
    NotStarted,
    SoFar,
    Final,
}
