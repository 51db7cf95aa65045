using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ReviewBot.Slack.Requests;

/// <summary>
/// Checks that a request came from Slack: the v0 signature over "v0:{timestamp}:{raw body}" with the
/// app's signing secret, compared in constant time, and a timestamp within five minutes of now.
/// Runs on the raw bytes before anything is parsed.
/// </summary>
public sealed class SlackRequestVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public static readonly TimeSpan MaxClockDifference = TimeSpan.FromMinutes(5);

    public SlackVerification Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            // Only Socket Mode starts without a secret (its socket is authenticated instead): HTTP then stays closed.
            return SlackVerification.NotConfigured;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SlackVerification.Missing;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
        {
            return SlackVerification.Malformed;
        }

        var sent = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((time.GetUtcNow() - sent).Duration() > MaxClockDifference)
        {
            return SlackVerification.Stale;
        }

        const string Prefix = "v0=";
        if (!signature.StartsWith(Prefix, StringComparison.Ordinal) || signature.Length != Prefix.Length + 64)
        {
            return SlackVerification.Mismatch;
        }

        byte[] claimed;
        try
        {
            claimed = Convert.FromHexString(signature.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return SlackVerification.Mismatch;
        }

        var expected = Convert.FromHexString(Sign(secret, timestamp, body).AsSpan(Prefix.Length));
        return CryptographicOperations.FixedTimeEquals(expected, claimed) ? SlackVerification.Valid : SlackVerification.Mismatch;
    }

    /// <summary>The signature Slack would send: for tests and tools that sign requests.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var header = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var signed = new byte[header.Length + body.Length];
        header.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(header.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}

public enum SlackVerification
{
    Valid,
    NotConfigured,
    Missing,
    Malformed,
    Stale,
    Mismatch,
}
