using System.Security.Claims;

namespace ReviewBot.Teams.Auth;

/// <summary>
/// What <see cref="BotTokenValidator"/> decided. <see cref="FailureReason"/> is one of <see cref="BotAuthFailures"/>:
/// short and fixed, so it is safe to log and never carries the token.
/// </summary>
public sealed record BotAuthResult(bool IsValid, string? FailureReason, ClaimsIdentity? Identity)
{
    public static BotAuthResult Valid(ClaimsIdentity identity) => new(true, null, identity);

    public static BotAuthResult Invalid(string reason) => new(false, reason, null);
}
