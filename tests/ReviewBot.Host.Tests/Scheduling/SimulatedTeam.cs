namespace ReviewBot.Host.Tests.Scheduling;

/// <summary>
/// A team over three time zones for the scheduler's tests: Ana in New York, Ben in Berlin, Sam in Singapore,
/// prompted on Mondays at 09:00 in their own zones; Mia, the manager, owns no key results and is never
/// prompted. A Monday holiday in each of two markets, and a summary channel in the playground.
/// </summary>
public static class SimulatedTeam
{
    public const string Yaml = """
        workspace:
          platform: playground
          id: sim
          name: Simulated Trading Co.
        team:
          key: world-sales
          name: World Sales
          timeZone: America/New_York
          fiscalYearStartMonth: 1
          reportingCurrency: USD
          checkIn:
            day: Monday
            time: "09:00"
          holidays:
            SEA:
              - { date: 2026-11-16, name: Company offsite }
            Europe:
              - { date: 2026-12-28, name: Bridge day }
          summaryChannels:
            playground: world-sales-channel
        quarter: 2026-Q4
        exchangeRates:
          EUR: 1.16
          SGD: 0.77
        members:
          - { name: Mia Manager, email: mia@example.com, role: manager, market: US, timeZone: America/New_York, locale: en-US }
          - { name: Ana Alvarez, email: ana@example.com, role: member, market: US, timeZone: America/New_York, locale: en-US }
          - { name: Ben Becker, email: ben@example.com, role: member, market: Europe, timeZone: Europe/Berlin, locale: en-GB }
          - { name: Sam Tan, email: sam@example.com, role: member, market: SEA, timeZone: Asia/Singapore, locale: en-GB }
        objectives:
          - key: revenue
            title: Grow revenue in every market
            owner: team
            basis: The order book supports it.
            keyResults:
              - { key: us, title: US revenue, owner: ana@example.com, unit: { currency: USD }, start: 0, target: 10M, basis: Run rate. }
              - { key: eu, title: Europe revenue, owner: ben@example.com, unit: { currency: EUR }, start: 0, target: 8M, basis: Distributor. }
              - { key: sea, title: SEA revenue, owner: sam@example.com, unit: { currency: SGD }, start: 0, target: 6M, basis: Marketplaces. }
        """;
}
