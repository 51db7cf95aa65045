namespace ReviewBot.Teams.Schema;

/// <summary>A conversation member as the connector's members call returns it.</summary>
public sealed record TeamsMember(string Id, string? Name, string? AadObjectId, string? Email, string? UserPrincipalName, string? TenantId);
