using System.Globalization;

namespace ReviewBot.Host.Reports;

/// <summary>
/// The culture a browser asks for in Accept-Language, for answers that have no link to take it from: an
/// unknown or expired link says so in the reader's language, whichever that link was made for.
/// </summary>
internal static class BrowserCulture
{
    private static readonly CultureInfo Fallback = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var preferred = request.GetTypedHeaders().AcceptLanguage
                .Where(language => language.Quality is not 0 && language.Value.Value is { Length: > 0 } tag && tag != "*")
                .OrderByDescending(language => language.Quality ?? 1)
                .Select(language => language.Value.Value!)
                .FirstOrDefault();
            return preferred is null ? Fallback : CultureInfo.GetCultureInfo(preferred, predefinedOnly: true);
        }
        catch (Exception e) when (e is CultureNotFoundException or FormatException)
        {
            // A malformed header is the browser's mistake, not a reason to answer with an error of our own.
            return Fallback;
        }
    }
}
