namespace ReviewBot.Teams.Schema;

/// <param name="Id">The channel's id for the account (29:… for a Teams user, 28:… for a bot).</param>
/// <param name="AadObjectId">The person's Microsoft Entra object id: how members are matched.</param>
public sealed record ChannelAccount(string Id, string? Name = null, string? AadObjectId = null, string? Role = null);
