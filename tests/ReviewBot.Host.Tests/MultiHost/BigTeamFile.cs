using System.Globalization;
using System.Text;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.MultiHost;

/// <summary>
/// An OKR file for a Slack team of any size whose weekly check-in falls due now by the real clock: check-in
/// day today and time a few minutes ago in a zone where today is a working day, the current quarter, and a
/// key result for every member, so that every member is owed exactly one prompt.
/// </summary>
internal static class BigTeamFile
{
    public static string SlackUserId(int member) => $"U{member:D5}";

    /// <summary>False on a weekend everywhere (no zone has a working day now), when no prompt is due anywhere.</summary>
    public static bool PromptsCanBeDue(DateTimeOffset now) => WorkingZone(now) is not null;

    public static string DueNow(int members, DateTimeOffset now)
    {
        var zone = WorkingZone(now) ?? "Etc/UTC";
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zone));
        var checkInAt = local.TimeOfDay < TimeSpan.FromMinutes(3) ? TimeSpan.Zero : local.TimeOfDay - TimeSpan.FromMinutes(2);
        var quarter = (local.Month - 1) / 3 + 1;
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"""
            workspace:
              platform: slack
              id: {FakeSlackServer.TeamId}
              name: Big Trading Co.
            team:
              key: big-sales
              name: Big Sales
              timeZone: {zone}
              fiscalYearStartMonth: 1
              reportingCurrency: USD
              locale: en-US
              checkIn:
                day: {local.DayOfWeek}
                time: "{checkInAt:hh\:mm}"
              summaryChannels:
                slack: C0BIGSALES
            quarter: {local.Year}-Q{quarter}
            members:
              - name: Manager Mo
                email: mo@example.com
                slackUserId: U0MANAGER
                role: manager
                market: Global
                timeZone: {zone}
                locale: en-US

            """);
        for (var i = 1; i <= members; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                  - name: Seller {i}
                    email: seller{i}@example.com
                    slackUserId: {SlackUserId(i)}
                    role: member
                    market: Global
                    timeZone: {zone}
                    locale: en-US

                """);
        }

        yaml.Append("""
            objectives:
              - key: revenue
                title: Grow revenue
                owner: team
                basis: Every seller carries a share of the target.
                keyResults:

            """);
        for (var i = 1; i <= members; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                      - key: revenue-{i}
                        title: Revenue of seller {i}
                        owner: seller{i}@example.com
                        unit: currency-usd
                        start: 0
                        target: 1M
                        basis: The seller's accounts.

                """);
        }

        // Flow mappings need braces, which the interpolated literals above keep for their holes.
        return yaml.ToString().Replace("unit: currency-usd", "unit: { currency: USD }", StringComparison.Ordinal);
    }

    /// <summary>UTC when today is a working day there; else the first whole-hour zone where it is, and not just after midnight.</summary>
    private static string? WorkingZone(DateTimeOffset now)
    {
        // Etc/GMT+N is N hours behind UTC (POSIX signs): from 14 ahead to 12 behind.
        var zones = Enumerable.Range(-14, 27).OrderBy(Math.Abs).Select(h => h == 0 ? "Etc/UTC" : h < 0 ? $"Etc/GMT{h}" : $"Etc/GMT+{h}");
        return zones.FirstOrDefault(zone =>
        {
            var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zone));
            return local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && local.TimeOfDay >= TimeSpan.FromMinutes(1);
        });
    }
}
