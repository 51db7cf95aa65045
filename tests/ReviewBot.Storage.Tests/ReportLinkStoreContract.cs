using System.Data.Common;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class ReportLinkStoreContract : StorageContract
{
    private static readonly string Hash = new('a', 64);

    private static StoredReportLink LinkFor(SampleData sample, DateTimeOffset now, string? personId = null, string? workspaceId = null) => new(
        Hash,
        workspaceId ?? sample.Workspace.Id,
        sample.Team.Id,
        SampleData.Quarter,
        personId,
        "de-DE",
        now,
        now.AddDays(90));

    [Fact]
    public async Task A_link_reads_back_as_it_was_stored()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var now = db.Time.GetUtcNow();
        await using var session = await db.Database.OpenSessionAsync(Ct);

        await session.ReportLinks.AddAsync(LinkFor(sample, now, sample.Seller.Id), Ct);

        Assert.Equal(LinkFor(sample, now, sample.Seller.Id), await session.ReportLinks.FindValidAsync(Hash, now, Ct));
    }

    [Fact]
    public async Task A_link_for_the_whole_team_has_no_person()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var now = db.Time.GetUtcNow();
        await using var session = await db.Database.OpenSessionAsync(Ct);

        await session.ReportLinks.AddAsync(LinkFor(sample, now), Ct);

        Assert.Null((await session.ReportLinks.FindValidAsync(Hash, now, Ct))!.PersonMemberId);
    }

    [Fact]
    public async Task A_link_is_found_until_the_instant_it_expires_and_never_after()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var now = db.Time.GetUtcNow();
        await using var session = await db.Database.OpenSessionAsync(Ct);
        await session.ReportLinks.AddAsync(LinkFor(sample, now), Ct);

        Assert.NotNull(await session.ReportLinks.FindValidAsync(Hash, now.AddDays(90).AddTicks(-10), Ct));
        Assert.Null(await session.ReportLinks.FindValidAsync(Hash, now.AddDays(90), Ct));
        Assert.Null(await session.ReportLinks.FindValidAsync(Hash, now.AddDays(400), Ct));
    }

    [Fact]
    public async Task Expired_links_are_deleted_and_valid_ones_kept()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var now = db.Time.GetUtcNow();
        await using var session = await db.Database.OpenSessionAsync(Ct);
        await session.ReportLinks.AddAsync(LinkFor(sample, now), Ct);
        await session.ReportLinks.AddAsync(LinkFor(sample, now.AddDays(30)) with { TokenHash = new string('b', 64) }, Ct);

        Assert.Equal(1, await session.ReportLinks.DeleteExpiredAsync(now.AddDays(100), Ct));
        Assert.NotNull(await session.ReportLinks.FindValidAsync(new string('b', 64), now.AddDays(100), Ct));
    }

    [Fact]
    public async Task An_unknown_token_hash_finds_nothing()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var now = db.Time.GetUtcNow();
        await using var session = await db.Database.OpenSessionAsync(Ct);
        await session.ReportLinks.AddAsync(LinkFor(sample, now), Ct);

        Assert.Null(await session.ReportLinks.FindValidAsync(new string('c', 64), now, Ct));
        Assert.Null(await session.ReportLinks.FindValidAsync(Hash.ToUpperInvariant(), now, Ct));
    }

    [Fact]
    public async Task A_link_cannot_point_at_another_workspaces_team_or_person()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        var now = db.Time.GetUtcNow();
        await using var session = await db.Database.OpenSessionAsync(Ct);

        // Workspace B's id with workspace A's team, and A's team with B's person: the schema refuses both.
        await Assert.ThrowsAnyAsync<DbException>(() => session.ReportLinks.AddAsync(LinkFor(a, now, workspaceId: b.Workspace.Id), Ct));
        await Assert.ThrowsAnyAsync<DbException>(() => session.ReportLinks.AddAsync(LinkFor(a, now, personId: b.Seller.Id), Ct));
        Assert.Null(await session.ReportLinks.FindValidAsync(Hash, now, Ct));
    }
}

public sealed class ReportLinkStore_on_Sqlite : ReportLinkStoreContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class ReportLinkStore_on_Postgres : ReportLinkStoreContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
