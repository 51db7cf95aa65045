using ReviewBot.Core.People;
using ReviewBot.Core;
using ReviewBot.Core.Workspaces;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class MemberAccountsContract : StorageContract
{
    private const string EntraId = "6B1F0C1E-1111-4000-8000-0000000000AA";

    [Fact]
    public async Task A_teams_user_is_linked_by_e_mail_in_any_case_on_every_team_they_are_on_with_the_object_id_lowercased()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var secondTeam = sample.Team with { Id = Ids.New(), Key = "key-accounts", Name = "Key Accounts" };
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            await session.Teams.SaveAsync(secondTeam, Ct);
            await session.Teams.SaveMemberAsync(sample.Manager with { Id = Ids.New(), TeamId = secondTeam.Id, SlackUserId = null }, Ct);
        }

        var linked = await new MemberAccounts(db.Database).LinkTeamsUserByEmailAsync(sample.Workspace.Id, "MIA@Example.com", EntraId, Ct);

        Assert.Equal(2, linked);
        var mia = await new ReviewStore(db.Database, db.Time).MembersByChatIdentityAsync(sample.Workspace.Id, ChatPlatform.Teams, EntraId.ToLowerInvariant(), Ct);
        Assert.Equal(new[] { sample.Team.Id, secondTeam.Id }.Order(StringComparer.Ordinal), mia.Select(m => m.TeamId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_member_already_linked_to_a_teams_account_keeps_it()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);

        var linked = await new MemberAccounts(db.Database).LinkTeamsUserByEmailAsync(sample.Workspace.Id, sample.Seller.Email!, EntraId, Ct);

        Assert.Equal(0, linked);
        var store = new ReviewStore(db.Database, db.Time);
        Assert.Equal(sample.Seller.Id, Assert.Single(await store.MembersByChatIdentityAsync(sample.Workspace.Id, ChatPlatform.Teams, sample.Seller.TeamsUserId!, Ct)).Id);
        Assert.Empty(await store.MembersByChatIdentityAsync(sample.Workspace.Id, ChatPlatform.Teams, EntraId.ToLowerInvariant(), Ct));
    }

    [Fact]
    public async Task Linking_by_e_mail_never_reaches_a_member_of_another_workspace()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);

        Assert.Equal(1, await new MemberAccounts(db.Database).LinkTeamsUserByEmailAsync(a.Workspace.Id, a.Manager.Email!, EntraId, Ct));

        var store = new ReviewStore(db.Database, db.Time);
        Assert.Single(await store.MembersByChatIdentityAsync(a.Workspace.Id, ChatPlatform.Teams, EntraId.ToLowerInvariant(), Ct));
        Assert.Empty(await store.MembersByChatIdentityAsync(b.Workspace.Id, ChatPlatform.Teams, EntraId.ToLowerInvariant(), Ct));
    }

    [Fact]
    public async Task A_chat_profile_saves_the_members_zone_and_locale_and_stops_the_wait_for_one()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var waiting = sample.Manager with { ProfileFromChat = true };
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            await session.Teams.SaveMemberAsync(waiting, Ct);
        }

        await new MemberAccounts(db.Database).SaveChatProfileAsync(sample.Workspace.Id, waiting.Id, "Asia/Kolkata", "en-IN", Ct);

        var saved = Assert.Single(await new ReviewStore(db.Database, db.Time).MembersByChatIdentityAsync(sample.Workspace.Id, ChatPlatform.Slack, sample.Manager.SlackUserId!, Ct));
        Assert.Equal(("Asia/Kolkata", "en-IN", false), (saved.TimeZoneId, saved.Locale, saved.ProfileFromChat));
    }

    [Fact]
    public async Task A_profile_fill_after_the_member_was_retired_leaves_them_retired()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            // The import retires and demotes the member while users.info for their waiting profile is in flight.
            await session.Teams.SaveMemberAsync(sample.Manager with { ProfileFromChat = true }, Ct);
            await session.Teams.SaveMemberAsync(sample.Manager with { ProfileFromChat = true, Active = false, Role = MemberRole.Member }, Ct);
        }

        await new MemberAccounts(db.Database).SaveChatProfileAsync(sample.Workspace.Id, sample.Manager.Id, "Asia/Kolkata", "en-IN", Ct);

        await using var read = await db.Database.OpenSessionAsync(Ct);
        var saved = Assert.Single(await read.Teams.AllMembersAsync(sample.Workspace.Id, sample.Team.Id, Ct), m => m.Id == sample.Manager.Id);
        Assert.Equal((false, MemberRole.Member, "Asia/Kolkata", false), (saved.Active, saved.Role, saved.TimeZoneId, saved.ProfileFromChat));
    }

    [Fact]
    public async Task A_profile_fill_for_a_member_who_no_longer_waits_changes_nothing()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);

        await new MemberAccounts(db.Database).SaveChatProfileAsync(sample.Workspace.Id, sample.Manager.Id, "Asia/Kolkata", "en-IN", Ct);

        await using var read = await db.Database.OpenSessionAsync(Ct);
        var saved = Assert.Single(await read.Teams.MembersAsync(sample.Workspace.Id, sample.Team.Id, Ct), m => m.Id == sample.Manager.Id);
        Assert.Equal((sample.Manager.TimeZoneId, sample.Manager.Locale), (saved.TimeZoneId, saved.Locale));
    }

    [Fact]
    public async Task A_profile_fill_never_reaches_a_member_of_another_workspace()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            await session.Teams.SaveMemberAsync(b.Manager with { ProfileFromChat = true }, Ct);
        }

        await new MemberAccounts(db.Database).SaveChatProfileAsync(a.Workspace.Id, b.Manager.Id, "Asia/Kolkata", "en-IN", Ct);

        await using var read = await db.Database.OpenSessionAsync(Ct);
        var untouched = Assert.Single(await read.Teams.MembersAsync(b.Workspace.Id, b.Team.Id, Ct), m => m.Id == b.Manager.Id);
        Assert.True(untouched.ProfileFromChat);
    }

    [Fact]
    public async Task A_retired_member_is_not_linked_by_e_mail()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            await session.Teams.SaveMemberAsync(sample.Manager with { Active = false }, Ct);
        }

        Assert.Equal(0, await new MemberAccounts(db.Database).LinkTeamsUserByEmailAsync(sample.Workspace.Id, sample.Manager.Email!, EntraId, Ct));
    }
}


public sealed class MemberAccounts_on_Sqlite : MemberAccountsContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class MemberAccounts_on_Postgres : MemberAccountsContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
