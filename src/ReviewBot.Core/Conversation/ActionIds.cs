namespace ReviewBot.Core.Conversation;

/// <summary>The buttons the engine puts on its messages, and answers when they are pressed.</summary>
public static class ActionIds
{
    public const string OpenCheckIn = "checkin.open";
    public const string CheckInByText = "checkin.text";
    public const string OpenRetrospective = "retro.open";
    public const string RetrospectiveByText = "retro.text";
    public const string AddObjective = "okrs.objective.add";
    public const string EditObjective = "okrs.objective.edit";
    public const string AddKeyResult = "okrs.keyresult.add";
    public const string EditKeyResult = "okrs.keyresult.edit";
}
