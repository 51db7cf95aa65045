using ReviewBot.Core.People;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>
/// What SQLite and PostgreSQL could disagree on, and must not: the order rows come back in and the precision
/// values keep. The PostgreSQL test cluster has an American-English ICU collation, so a store that leaves the
/// order to the database's locale fails here.
/// </summary>
public abstract class EngineAgreementContract : StorageContract
{
    private static readonly string[] Names = ["_x", "andy", "Andy", "bob", "Cindy", "émile", "Émile", "Zoe"];

    // Code point order, which is SQLite's BINARY collation: capitals, then '_', then small letters, then accents.
    private static readonly string[] CodePointOrder = ["Andy", "Cindy", "Zoe", "_x", "andy", "bob", "Émile", "émile"];

    [Fact]
    public async Task Members_are_listed_by_name_in_code_point_order_then_by_id()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        // The ids run against the names' order, and two members share a name, so the tie-break shows.
        var members = Names.Select((name, i) => NewMember(sample.Team, $"m{9 - i}", name)).Append(NewMember(sample.Team, "m0", "bob")).ToList();
        foreach (var member in members)
        {
            await session.Teams.SaveMemberAsync(member, Ct);
        }

        var listed = await session.Teams.AllMembersAsync(sample.Workspace.Id, sample.Team.Id, Ct);

        var ours = listed.Where(m => m.Id.StartsWith('m')).ToList();
        Assert.Equal(["Andy", "Cindy", "Zoe", "_x", "andy", "bob", "bob", "Émile", "émile"], ours.Select(m => m.Name));
        Assert.Equal(["m0", "m6"], ours.Where(m => m.Name == "bob").Select(m => m.Id));
    }

    [Fact]
    public async Task Teams_are_listed_by_name_in_code_point_order()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        foreach (var (name, i) in Names.Select((name, i) => (name, i)))
        {
            await session.Teams.SaveAsync(sample.Team with { Id = $"t{9 - i}", Key = $"team-{i}", Name = name }, Ct);
        }

        var listed = await session.Teams.ListAsync(sample.Workspace.Id, Ct);

        Assert.Equal(CodePointOrder, listed.Where(t => t.Id != sample.Team.Id).Select(t => t.Name));
    }

    [Fact]
    public async Task An_instant_with_a_tick_remainder_reads_back_cut_to_the_whole_microsecond()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var written = new DateTimeOffset(2026, 10, 16, 17, 5, 3, TimeSpan.FromHours(2)).AddTicks(1_234_567);
        await using var session = await db.Database.OpenSessionAsync(Ct);

        await session.CheckIns.AddAsync(sample.CheckIn with { Id = "precise", WeekNumber = 4, RecordedAt = written }, Ct);

        var read = (await session.CheckIns.ForKeyResultAsync(sample.Workspace.Id, sample.CheckIn.KeyResultId, Ct)).Single(c => c.Id == "precise");
        Assert.Equal(written.AddTicks(-7), read.RecordedAt);
        Assert.Equal(0, read.RecordedAt.Ticks % TimeSpan.TicksPerMicrosecond);
    }

    [Fact]
    public async Task A_check_in_time_with_seconds_reads_back_to_the_minute()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);

        await session.Teams.SaveAsync(sample.Team with { CheckIn = new CheckInSchedule(DayOfWeek.Friday, new TimeOnly(16, 30, 45, 500)) }, Ct);

        Assert.Equal(new TimeOnly(16, 30), (await session.Teams.GetAsync(sample.Workspace.Id, sample.Team.Id, Ct))!.CheckIn.Time);
    }

    private static Member NewMember(Team team, string id, string name) => new()
    {
        Id = id,
        WorkspaceId = team.WorkspaceId,
        TeamId = team.Id,
        Name = name,
        Role = MemberRole.Member,
        Market = "US",
        TimeZoneId = "America/New_York",
        Locale = "en-US",
    };
}

public sealed class EngineAgreement_on_Sqlite : EngineAgreementContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class EngineAgreement_on_Postgres : EngineAgreementContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
