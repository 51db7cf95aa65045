namespace ReviewBot.Core.Workspaces;

/// <summary>Where people talk to the bot. Each workspace lives on exactly one platform.</summary>
public enum ChatPlatform
{
    Playground,
    Slack,
    Teams,
}
