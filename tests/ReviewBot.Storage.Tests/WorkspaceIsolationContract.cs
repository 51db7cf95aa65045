using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Workspaces;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class WorkspaceIsolationContract : StorageContract
{
    [Fact]
    public async Task Queries_for_one_workspace_never_return_another_workspaces_rows()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);

        // Same team key in both workspaces: each finds its own.
        Assert.Equal(a.Team.Id, (await session.Teams.FindByKeyAsync(a.Workspace.Id, "export-sales", Ct))!.Id);
        Assert.Equal(b.Team.Id, (await session.Teams.FindByKeyAsync(b.Workspace.Id, "export-sales", Ct))!.Id);

        // Asking workspace A for workspace B's things by id finds nothing.
        Assert.Null(await session.Teams.GetAsync(a.Workspace.Id, b.Team.Id, Ct));
        Assert.Empty(await session.Teams.MembersAsync(a.Workspace.Id, b.Team.Id, Ct));
        Assert.Empty(await session.Okrs.ObjectivesAsync(a.Workspace.Id, b.Team.Id, SampleData.Quarter, Ct));
        Assert.Empty(await session.Okrs.QuartersAsync(a.Workspace.Id, b.Team.Id, Ct));
        Assert.Empty(await session.CheckIns.ForKeyResultAsync(a.Workspace.Id, b.CheckIn.KeyResultId, Ct));
        Assert.Empty(await session.CheckIns.ForTeamQuarterAsync(a.Workspace.Id, b.Team.Id, SampleData.Quarter, Ct));
        Assert.False(await session.Okrs.HasHistoryAsync(a.Workspace.Id, b.CheckIn.KeyResultId, Ct));
        var sameSlackUser = await session.Teams.MembersByChatIdentityAsync(a.Workspace.Id, ChatPlatform.Slack, "UMIA", Ct);
        Assert.Equal(a.Manager, Assert.Single(sameSlackUser));

        // Listing returns only the workspace's own rows.
        Assert.All(await session.Teams.ListAsync(a.Workspace.Id, Ct), t => Assert.Equal(a.Workspace.Id, t.WorkspaceId));
    }

    [Fact]
    public async Task Deleting_by_id_in_the_wrong_workspace_deletes_nothing()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);

        await session.Okrs.DeleteObjectiveAsync(a.Workspace.Id, b.Objective.Id, Ct);

        Assert.Single(await session.Okrs.ObjectivesAsync(b.Workspace.Id, b.Team.Id, SampleData.Quarter, Ct));
    }

    [Fact]
    public async Task Writing_a_row_into_another_workspaces_team_is_refused()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);

        // B's team id claimed by A: the update guard refuses to move it across.
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.Teams.SaveAsync(b.Team with { WorkspaceId = a.Workspace.Id, Name = "Hijacked" }, Ct));
        // A member of A pointed at B's team: the composite foreign key refuses it.
        await Assert.ThrowsAnyAsync<Exception>(() => session.Teams.SaveMemberAsync(a.Seller with { Id = Core.Ids.New(), Email = "x@example.com", TeamId = b.Team.Id }, Ct));

        Assert.Equal("Export Sales", (await session.Teams.GetAsync(b.Workspace.Id, b.Team.Id, Ct))!.Name);
    }

    [Fact]
    public async Task Answers_and_dialogs_of_one_workspace_are_never_seen_from_another()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var answerOfA = ReviewStoreContract.Answer(a, "blockers", a.CheckIn.KeyResultId, "Customs", 1);
        var answerOfB = ReviewStoreContract.Answer(b, "blockers", b.CheckIn.KeyResultId, "Freight", 1);
        // The same delivery key in two workspaces is two deliveries.
        Assert.True(await store.RecordAsync(new Submission(a.Workspace.Id, "delivery-1", [], [answerOfA]), Ct));
        Assert.True(await store.RecordAsync(new Submission(b.Workspace.Id, "delivery-1", [], [answerOfB]), Ct));
        await store.SaveDialogAsync(ReviewStoreContract.Dialog(b.Seller, 2, new Dictionary<string, string> { ["value"] = "B's" }), Ct);

        Assert.Equal([answerOfA], await store.AnswersAsync(a.Workspace.Id, a.Team.Id, SampleData.Quarter, Ct));
        Assert.Empty(await store.AnswersAsync(a.Workspace.Id, b.Team.Id, SampleData.Quarter, Ct));
        Assert.Null(await store.DialogAsync(a.Workspace.Id, b.Seller.Id, Ct));
        Assert.Null(await store.DialogAsync(a.Workspace.Id, a.Seller.Id, Ct));

        // Deleting by B's member id in A's workspace deletes nothing.
        await store.DeleteDialogAsync(a.Workspace.Id, b.Seller.Id, Ct);
        Assert.NotNull(await store.DialogAsync(b.Workspace.Id, b.Seller.Id, Ct));
    }

    [Fact]
    public async Task Answers_and_dialogs_pointing_into_another_workspace_are_refused()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        var store = new ReviewStore(db.Database, db.Time);

        // An answer of A about B's key result, or by B's member: the composite foreign keys refuse both.
        var aboutB = ReviewStoreContract.Answer(a, "blockers", b.CheckIn.KeyResultId, "Not mine", 1);
        await Assert.ThrowsAnyAsync<Exception>(() => store.RecordAsync(new Submission(a.Workspace.Id, "d1", [], [aboutB]), Ct));
        var byB = ReviewStoreContract.Answer(a, "blockers", null, "Not mine", 1) with { AuthorMemberId = b.Seller.Id };
        await Assert.ThrowsAnyAsync<Exception>(() => store.RecordAsync(new Submission(a.Workspace.Id, "d2", [], [byB]), Ct));
        // A dialog in A for B's member.
        var dialog = ReviewStoreContract.Dialog(b.Seller, 0, new Dictionary<string, string>()) with { WorkspaceId = a.Workspace.Id };
        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveDialogAsync(dialog, Ct));
        // A submission of A carrying B's rows, which would record its delivery key in the wrong workspace.
        var mixed = new Submission(a.Workspace.Id, "d3", [], [ReviewStoreContract.Answer(b, "blockers", null, "B's", 1)]);
        await Assert.ThrowsAsync<ArgumentException>(() => store.RecordAsync(mixed, Ct));

        Assert.Empty(await store.AnswersAsync(a.Workspace.Id, a.Team.Id, SampleData.Quarter, Ct));
        Assert.Empty(await store.AnswersAsync(b.Workspace.Id, b.Team.Id, SampleData.Quarter, Ct));
        Assert.Null(await store.DialogAsync(a.Workspace.Id, b.Seller.Id, Ct));
    }
}

public sealed class WorkspaceIsolation_on_Sqlite : WorkspaceIsolationContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class WorkspaceIsolation_on_Postgres : WorkspaceIsolationContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
