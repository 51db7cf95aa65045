namespace ReviewBot.Core.Conversation;

/// <summary>The buttons the engine puts on its messages, and answers when they are pressed.</summary>
public static class ActionIds
{
    public const string OpenCheckIn = "checkin.open";
    public const string CheckInByText = "checkin.text";
    public const string OpenRetrospective = "retro.open";
    public const string RetrospectiveByText = "retro.text";

    /// <summary>Opens a live stream's review form; the button's value is the stream's id.</summary>
    public const string OpenStreamReview = "stream.review.open";

    /// <summary>Starts a live stream's review as a text dialog; the button's value is the stream's id.</summary>
    public const string StreamReviewByText = "stream.review.text";
    public const string AddObjective = "okrs.objective.add";
    public const string EditObjective = "okrs.objective.edit";
    public const string AddKeyResult = "okrs.keyresult.add";
    public const string EditKeyResult = "okrs.keyresult.edit";
}
