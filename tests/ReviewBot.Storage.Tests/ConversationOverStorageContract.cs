using Microsoft.Extensions.Time.Testing;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>The engine over the real SQL store, on each engine: what must survive a restart does.</summary>
public abstract class ConversationOverStorageContract : StorageContract
{
    // Friday 16 October 2026: week 3 of 2027-Q3 for a team whose fiscal year starts in April.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 16, 12, 0, 0, TimeSpan.Zero));

    private static Task<IReadOnlyList<Reply>> SayAsync(ConversationEngine engine, SampleData sample, Member who, string text) =>
        engine.HandleAsync(
            new Turn
            {
                WorkspaceId = sample.Workspace.Id,
                Platform = ChatPlatform.Teams,
                UserId = who.TeamsUserId!,
                ConversationId = "a:1on1",
                Input = CommandLine.LooksLikeCommand(text) ? new CommandInput(text) : new TextInput(text),
            },
            Ct);

    [Fact]
    public async Task A_text_dialog_continues_after_a_restart_and_its_check_in_is_stored_once()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        // The sample's objective is in 2026-Q4 of an April fiscal year; this test's quarter is 2027-Q3.
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            await session.Okrs.SaveObjectiveAsync(sample.Objective with { Quarter = new Core.Periods.Quarter(2027, 3), Id = Core.Ids.New(), Key = "q3", KeyResults = [] }, Ct);
        }

        var quarter = new Core.Periods.Quarter(2027, 3);
        var objectiveId = (await new ReviewStore(db.Database, db.Time).ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, quarter, Ct)).Single().Id;
        await new ReviewStore(db.Database, db.Time).SaveKeyResultAsync(sample.Objective.KeyResults[1] with { Id = "kr-accounts", ObjectiveId = objectiveId }, Ct);

        var engine = new ConversationEngine(new ReviewStore(db.Database, db.Time), _time);
        await SayAsync(engine, sample, sample.Seller, "review checkin text");
        Assert.Equal("Key result accounts: confidence (2 of 3)", Assert.IsType<MessageReply>(Assert.Single(await SayAsync(engine, sample, sample.Seller, "7"))).Headline);

        // A new host: new engine, new store, same database file.
        var restarted = new ConversationEngine(new ReviewStore(db.Database, db.Time), _time);
        Assert.Equal("3 of 3", Assert.IsType<MessageReply>(Assert.Single(await SayAsync(restarted, sample, sample.Seller, "at risk: two distributors still deciding"))).Headline);
        var done = Assert.IsType<MessageReply>(Assert.Single(await SayAsync(restarted, sample, sample.Seller, "Zoll")));

        Assert.Equal("Checked in for week 3.", done.Headline);
        var stored = await new ReviewStore(db.Database, db.Time).CheckInsAsync(sample.Workspace.Id, sample.Team.Id, quarter, Ct);
        var checkIn = Assert.Single(stored);
        Assert.Equal((7m, Core.CheckIns.Confidence.AtRisk, "two distributors still deciding", "Zoll", ChatPlatform.Teams), (checkIn.Value, checkIn.Confidence, checkIn.Comment, checkIn.Blockers, checkIn.Source));
        Assert.Null(await new ReviewStore(db.Database, db.Time).DialogAsync(sample.Workspace.Id, sample.Seller.Id, Ct));
    }

    [Fact]
    public async Task A_resubmitted_form_is_recorded_once_in_the_database()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        // Friday 13 February 2026 lies in the sample's quarter.
        var engine = new ConversationEngine(new ReviewStore(db.Database, db.Time), new FakeTimeProvider(new DateTimeOffset(2026, 2, 13, 12, 0, 0, TimeSpan.Zero)));
        var form = Assert.IsType<FormReply>(Assert.Single(await SayAsync(engine, sample, sample.Seller, "review checkin")));
        var values = new Dictionary<string, string>
        {
            [FormIds.Value(sample.Objective.KeyResults[1].Id, "progress")] = "8",
            [FormIds.Confidence(sample.Objective.KeyResults[1].Id, "progress")] = "on-track",
        };
        var turn = new Turn { WorkspaceId = sample.Workspace.Id, Platform = ChatPlatform.Teams, UserId = sample.Seller.TeamsUserId!, ConversationId = "c", Input = new FormSubmission(form.FormId, values), SubmissionId = "activity-42" };

        await engine.HandleAsync(turn, Ct);
        await engine.HandleAsync(turn, Ct);

        var stored = await new ReviewStore(db.Database, db.Time).CheckInsAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct);
        Assert.Equal(2, stored.Count);
        Assert.Single(stored, c => c.Value == 8m);
    }
}

public sealed class ConversationOverStorage_on_Sqlite : ConversationOverStorageContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class ConversationOverStorage_on_Postgres : ConversationOverStorageContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
