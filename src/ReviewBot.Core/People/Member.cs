using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.People;

/// <summary>A person on a team, with their identity on each chat platform and where they sell.</summary>
public sealed record Member
{
    public required string Id { get; init; }

    public required string WorkspaceId { get; init; }

    public required string TeamId { get; init; }

    public required string Name { get; init; }

    public string? Email { get; init; }

    public string? SlackUserId { get; init; }

    /// <summary>The person's Microsoft Entra object id, as Teams reports it.</summary>
    public string? TeamsUserId { get; init; }

    public MemberRole Role { get; init; } = MemberRole.Member;

    /// <summary>The market label the person sells to: "US", "Europe", "India &amp; SEA".</summary>
    public required string Market { get; init; }

    /// <summary>IANA time zone id, e.g. "America/New_York".</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>BCP 47 locale used to read and write their numbers, e.g. "de-DE".</summary>
    public required string Locale { get; init; }

    /// <summary>
    /// The operator gave no time zone or locale: they are the team's defaults until the chat platform's
    /// profile (Slack's users.info) fills them in on first contact.
    /// </summary>
    public bool ProfileFromChat { get; init; }

    /// <summary>False once the member is no longer in the team's OKR file: their history stays, their access goes.</summary>
    public bool Active { get; init; } = true;

    public bool IsManager => Role == MemberRole.Manager;

    public string? IdentityOn(ChatPlatform platform) => platform switch
    {
        ChatPlatform.Slack => SlackUserId,
        ChatPlatform.Teams => TeamsUserId,
        _ => Id,
    };
}
