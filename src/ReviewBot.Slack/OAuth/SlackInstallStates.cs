using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Slack.OAuth;

/// <summary>What became of an install link's state when its callback came.</summary>
public enum InstallStateCheck
{
    Valid,

    /// <summary>Not made by this app's keys, or changed since: nothing in it can be trusted.</summary>
    Forged,

    Expired,

    /// <summary>Used before, on this host or another: a replayed callback.</summary>
    Reused,
}

/// <summary>
/// The <c>state</c> of an install link: a random id and its expiry, encrypted and signed with Data Protection so
/// that only this app can make one, checked against <see cref="TimeProvider"/> (Data Protection's own time-limited
/// protector reads the machine's clock), and recorded as used in the database so that it works once on any host.
/// </summary>
public sealed class SlackInstallStates(IDataProtectionProvider protection, ISlackInstallations installations, IOptions<SlackOAuthOptions> options, TimeProvider time)
{
    public const string Purpose = "ReviewBot.Slack.OAuthState.v1";

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    public int LifetimeMinutes => options.Value.OAuthStateMinutes;

    public string Issue()
    {
        var id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        var expires = time.GetUtcNow() + options.Value.StateLifetime;
        return protector.Protect($"{id} {expires.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>Checks the state and, when it is good, marks it used: a second call with it answers <see cref="InstallStateCheck.Reused"/>.</summary>
    public async Task<InstallStateCheck> ConsumeAsync(string? state, CancellationToken cancellationToken)
    {
        if (Read(state) is not { } read)
        {
            return InstallStateCheck.Forged;
        }

        if (read.Expires <= time.GetUtcNow())
        {
            return InstallStateCheck.Expired;
        }

        return await installations.TryConsumeStateAsync(read.Id, read.Expires, cancellationToken) ? InstallStateCheck.Valid : InstallStateCheck.Reused;
    }

    private (string Id, DateTimeOffset Expires)? Read(string? state)
    {
        if (string.IsNullOrWhiteSpace(state))
        {
            return null;
        }

        string plain;
        try
        {
            plain = protector.Unprotect(state);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }

        var parts = plain.Split(' ');
        return parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var unixMs)
            ? (parts[0], DateTimeOffset.FromUnixTimeMilliseconds(unixMs))
            : null;
    }
}
