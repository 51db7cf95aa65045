using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;

namespace ReviewBot.Slack.OAuth;

/// <summary>The small HTML pages a person sees around Slack's install screen, in the language their browser asks for.</summary>
internal static class SlackInstallPage
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>Chinese when the browser's first choice is any Chinese (zh, zh-CN, zh-TW…), else English.</summary>
    public static CultureInfo CultureOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var first = new RequestHeaders(request.Headers).AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .FirstOrDefault();
        var tag = first?.Value.Value;
        return tag is not null && (tag.Equals("zh", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("zh-", StringComparison.OrdinalIgnoreCase)) ? Chinese : English;
    }

    public static IResult Answer(CultureInfo culture, int status, string title, params string[] paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{culture.Name}}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{WebUtility.HtmlEncode(title)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1d3557}</style></head>
            <body><h1>{{WebUtility.HtmlEncode(title)}}</h1>{{body}}</body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
