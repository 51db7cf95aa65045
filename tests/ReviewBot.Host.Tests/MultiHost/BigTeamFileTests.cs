using ReviewBot.Host.Tests.Scheduling;

namespace ReviewBot.Host.Tests.MultiHost;

/// <summary>The multi-host tests never skip: whenever they run, the file they import owes every member a prompt now.</summary>
public class BigTeamFileTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("2026-12-01T10:00:00Z")] // a Tuesday morning in UTC
    [InlineData("2026-12-05T18:00:00Z")] // Saturday evening UTC: a weekend in every time zone
    [InlineData("2026-12-06T03:00:00Z")] // Sunday night in Asia, Saturday night in the Americas
    [InlineData("2026-12-07T00:30:00Z")] // Monday just after midnight UTC
    public async Task The_big_team_file_owes_every_member_a_prompt_whenever_it_is_made(string instant)
    {
        var now = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        await using var harness = await SchedulerHarness.StartAsync(BigTeamFile.DueNow(5, now), now, Ct);

        var pass = await harness.TickAsync(Ct);

        Assert.Equal(5, pass.Claimed);
    }
}
