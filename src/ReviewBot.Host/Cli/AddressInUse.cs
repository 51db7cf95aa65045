using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;

namespace ReviewBot.Host.Cli;

/// <summary>
/// Kestrel could not listen because another program holds the address: told in one line that names the
/// address and how to pick another, instead of the host's stack trace.
/// </summary>
internal static partial class AddressInUse
{
    /// <summary>The exit code when the address is taken (1 is left to unhandled failures).</summary>
    public const int ExitCode = 3;

    /// <summary>
    /// The host logs a failed start (with its stack trace) before rethrowing it to Program, which reports a taken
    /// address itself and lets every other failure surface as before; the host's faulted background services are
    /// logged again at Critical, with their exception, so raising this category to Critical hides nothing else.
    /// </summary>
    public const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    public static bool Is(Exception exception) => exception is IOException { InnerException: AddressInUseException };

    /// <summary>The one line, naming the address from Kestrel's message or, failing that, the configured one.</summary>
    public static string Message(Exception exception, string? configuredUrls)
    {
        var address = KestrelAddress().Match(exception.Message) is { Success: true } match ? match.Groups["address"].Value
            : string.IsNullOrWhiteSpace(configuredUrls) ? "http://localhost:5000" : configuredUrls;
        return $"ReviewBot did not start: {address} is already in use by another program. "
            + "Choose another address with --urls http://localhost:5001 (or the ASPNETCORE_URLS environment variable, or Urls in appsettings.json).";
    }

    [GeneratedRegex(@"bind to address (?<address>\S+?):? address already in use", RegexOptions.IgnoreCase)]
    private static partial Regex KestrelAddress();
}
