using Dapper;
using System.Data.Common;
using ReviewBot.Core;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Workspaces;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class ReviewStoreContract : StorageContract
{
    [Fact]
    public async Task A_member_is_found_by_id_in_their_own_workspace_only_while_active()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            await session.Teams.SaveMemberAsync(a.Seller with { Active = false }, Ct);
        }

        var store = new ReviewStore(db.Database, db.Time);

        Assert.Equal(a.Manager, await store.MemberAsync(a.Workspace.Id, a.Manager.Id, Ct));
        Assert.Null(await store.MemberAsync(a.Workspace.Id, a.Seller.Id, Ct));
        Assert.Null(await store.MemberAsync(a.Workspace.Id, b.Manager.Id, Ct));
    }

    [Fact]
    public async Task A_submission_round_trips_its_check_ins_and_answers()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var checkIn = NextCheckIn(sample, sample.Objective.KeyResults[1].Id, hoursLater: 1);
        var aboutKeyResult = Answer(sample, "why-off-target", sample.Objective.KeyResults[1].Id, "Zwei Händler sind abgesprungen.\nDer dritte zögert.", hoursLater: 2);
        var aboutQuarter = Answer(sample, "what-worked", keyResultId: null, "展会很成功 🎉", hoursLater: 3);

        var recorded = await store.RecordAsync(new Submission(sample.Workspace.Id, "delivery-1", [checkIn], [aboutKeyResult, aboutQuarter]), Ct);

        Assert.True(recorded);
        Assert.Equal([sample.CheckIn, checkIn], await store.CheckInsAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
        Assert.Equal([aboutKeyResult, aboutQuarter], await store.AnswersAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
    }

    [Fact]
    public async Task The_same_submission_id_twice_records_once_and_the_retry_returns_false()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var first = new Submission(sample.Workspace.Id, "delivery-1", [NextCheckIn(sample, sample.CheckIn.KeyResultId, 1)], [Answer(sample, "blockers", null, "None", 1)]);
        // A retry carries the same content under fresh ids: only the key says it is the same delivery.
        var retry = first with
        {
            CheckIns = [first.CheckIns[0] with { Id = Ids.New() }],
            Answers = [first.Answers[0] with { Id = Ids.New() }],
        };

        Assert.True(await store.RecordAsync(first, Ct));
        Assert.False(await store.RecordAsync(retry, Ct));

        Assert.Equal([sample.CheckIn, first.CheckIns[0]], await store.CheckInsAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
        Assert.Equal(first.Answers, await store.AnswersAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
    }

    [Fact]
    public async Task A_submission_whose_second_check_in_breaks_a_foreign_key_leaves_nothing_not_even_its_submission_id()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var good = NextCheckIn(sample, sample.CheckIn.KeyResultId, 1);
        var broken = NextCheckIn(sample, keyResultId: "no-such-key-result", 2);
        var answer = Answer(sample, "blockers", null, "None", 3);

        var error = await Assert.ThrowsAnyAsync<DbException>(() => store.RecordAsync(new Submission(sample.Workspace.Id, "delivery-1", [good, broken], [answer]), Ct));

        // SQLite says FOREIGN KEY constraint failed, PostgreSQL violates foreign key constraint.
        Assert.Contains("foreign key", error.Message, StringComparison.OrdinalIgnoreCase);

        Assert.Equal([sample.CheckIn], await store.CheckInsAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
        Assert.Empty(await store.AnswersAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            Assert.False(await session.EventKeys.ContainsAsync(sample.Workspace.Id, "delivery-1", Ct));
        }

        // The retry, now valid, is recorded rather than mistaken for a duplicate.
        Assert.True(await store.RecordAsync(new Submission(sample.Workspace.Id, "delivery-1", [good], [answer]), Ct));
    }

    [Fact]
    public async Task A_dialog_is_saved_updated_in_place_loaded_with_its_answers_intact_and_deleted()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var started = Dialog(sample.Seller, step: 0, new Dictionary<string, string>());
        var answers = new Dictionary<string, string>
        {
            ["value"] = "1.234.567,89 €",
            ["comment"] = "Zwei Händler: „verspätet“.\r\nSecond line\nThird — 第三行 🚚",
            ["blockers"] = "",
            ["quote\"key\\"] = "<b>&amp;</b> 'single' \t tab",
        };
        var later = started with { Step = 3, Answers = answers, UpdatedAt = started.UpdatedAt.AddMinutes(5) };

        Assert.Null(await store.DialogAsync(sample.Workspace.Id, sample.Seller.Id, Ct));
        await store.SaveDialogAsync(started, Ct);
        await store.SaveDialogAsync(later, Ct);
        var loaded = await store.DialogAsync(sample.Workspace.Id, sample.Seller.Id, Ct);

        Assert.NotNull(loaded);
        Assert.Equal(later with { Answers = answers }, loaded with { Answers = answers });
        Assert.Equal(answers, loaded.Answers);
        Assert.Equal(TimeSpan.Zero, loaded.UpdatedAt.Offset);
        Assert.Equal(1L, await CountAsync(db, "dialogs"));

        await store.DeleteDialogAsync(sample.Workspace.Id, sample.Seller.Id, Ct);
        Assert.Null(await store.DialogAsync(sample.Workspace.Id, sample.Seller.Id, Ct));
    }

    [Fact]
    public async Task Answers_come_back_oldest_first_whatever_order_they_were_recorded_in()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var newest = Answer(sample, "q3", null, "third", hoursLater: 30);
        var oldest = Answer(sample, "q1", null, "first", hoursLater: 1);
        var middle = Answer(sample, "q2", null, "second", hoursLater: 12) with { AuthorMemberId = sample.Manager.Id };

        await store.RecordAsync(new Submission(sample.Workspace.Id, "late", [], [newest]), Ct);
        await store.RecordAsync(new Submission(sample.Workspace.Id, "early", [], [oldest, middle]), Ct);

        Assert.Equal([oldest, middle, newest], await store.AnswersAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
        Assert.Empty(await store.AnswersAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter.Next(), Ct));
    }

    [Fact]
    public async Task Each_members_retrospective_is_recorded_at_their_first_retrospective_answer_of_that_quarter_on_that_team()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var elsewhere = await SampleData.WriteAsync(db.Database, "T02", Ct);
        var domestic = sample.Team with { Id = Ids.New(), Key = "domestic-sales", Name = "Domestic Sales" };
        var colleague = sample.Seller with { Id = Ids.New(), TeamId = domestic.Id, Name = "Cara Colleague", Email = "cara@example.com", TeamsUserId = null };
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            await session.Teams.SaveAsync(domestic, Ct);
            await session.Teams.SaveMemberAsync(colleague, Ct);
        }

        var store = new ReviewStore(db.Database, db.Time);
        static ReviewAnswer Retrospective(ReviewAnswer answer) => answer with { TemplateId = ReviewTemplates.Retrospective.Id };
        // The seller's weekly answer comes first, and their later retrospective answer is recorded first. Written in
        // far-apart zones: the later answer's local time is the earlier one, and the earliest instant is what counts.
        var weekly = Answer(sample, "blockers", null, "None", hoursLater: 1);
        var sellersFirst = Retrospective(Answer(sample, "cause", sample.Objective.KeyResults[0].Id, "Customs held two shipments", hoursLater: 3));
        sellersFirst = sellersFirst with { RecordedAt = sellersFirst.RecordedAt.ToOffset(TimeSpan.FromHours(14)) };
        var sellersLater = Retrospective(Answer(sample, "worked", null, "The fair in Lyon", hoursLater: 5));
        sellersLater = sellersLater with { RecordedAt = sellersLater.RecordedAt.ToOffset(TimeSpan.FromHours(-10)) };
        var managers = Retrospective(Answer(sample, "change", null, "Earlier forecasts", hoursLater: 2)) with { AuthorMemberId = sample.Manager.Id };
        var nextQuarters = Retrospective(Answer(sample, "worked", null, "Next quarter's", hoursLater: 0)) with { Quarter = SampleData.Quarter.Next() };
        var colleagues = Retrospective(Answer(sample, "worked", null, "Another team's", hoursLater: 0)) with { AuthorMemberId = colleague.Id };
        var otherWorkspaces = Retrospective(Answer(elsewhere, "worked", null, "Another workspace's", hoursLater: 0));

        Assert.True(await store.RecordAsync(new Submission(sample.Workspace.Id, "later", [], [sellersLater]), Ct));
        Assert.True(await store.RecordAsync(new Submission(sample.Workspace.Id, "rest", [], [weekly, sellersFirst, managers, nextQuarters, colleagues]), Ct));
        Assert.True(await store.RecordAsync(new Submission(elsewhere.Workspace.Id, "elsewhere", [], [otherWorkspaces]), Ct));

        var recorded = await store.RetrospectivesRecordedAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct);
        Assert.Equal(2, recorded.Count);
        Assert.Equal(sellersFirst.RecordedAt, recorded[sample.Seller.Id]);
        Assert.Equal(managers.RecordedAt, recorded[sample.Manager.Id]);
        var next = Assert.Single(await store.RetrospectivesRecordedAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter.Next(), Ct));
        Assert.Equal((sample.Seller.Id, nextQuarters.RecordedAt), (next.Key, next.Value));
        Assert.Equal([colleague.Id], (await store.RetrospectivesRecordedAsync(sample.Workspace.Id, domestic.Id, SampleData.Quarter, Ct)).Keys);
        Assert.Equal([elsewhere.Seller.Id], (await store.RetrospectivesRecordedAsync(elsewhere.Workspace.Id, elsewhere.Team.Id, SampleData.Quarter, Ct)).Keys);
        Assert.Empty(await store.RetrospectivesRecordedAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter.Previous(), Ct));
        Assert.Empty(await store.RetrospectivesRecordedAsync(elsewhere.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
    }

    [Fact]
    public async Task A_teams_or_one_members_answers_to_one_template_in_a_quarter_are_those_of_the_teams_read_oldest_first()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var elsewhere = await SampleData.WriteAsync(db.Database, "T02", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        static ReviewAnswer Retrospective(ReviewAnswer answer) => answer with { TemplateId = ReviewTemplates.Retrospective.Id };
        var cause = Retrospective(Answer(sample, "cause", sample.Objective.KeyResults[0].Id, "Customs held two shipments", hoursLater: 3));
        var worked = Retrospective(Answer(sample, "worked", null, "The fair in Lyon", hoursLater: 1));
        var weekly = Answer(sample, "blockers", null, "None", hoursLater: 2);
        var managers = Retrospective(Answer(sample, "change", null, "Earlier forecasts", hoursLater: 2)) with { AuthorMemberId = sample.Manager.Id };
        var nextQuarters = Retrospective(Answer(sample, "worked", null, "Next quarter's", hoursLater: 0)) with { Quarter = SampleData.Quarter.Next() };
        Assert.True(await store.RecordAsync(new Submission(sample.Workspace.Id, "all", [], [cause, worked, weekly, managers, nextQuarters]), Ct));
        Assert.True(await store.RecordAsync(new Submission(elsewhere.Workspace.Id, "elsewhere", [], [Retrospective(Answer(elsewhere, "worked", null, "Another workspace's", hoursLater: 0))]), Ct));

        var theirs = await store.TemplateAnswersAsync(sample.Workspace.Id, sample.Team.Id, ReviewTemplates.Retrospective.Id, SampleData.Quarter, sample.Seller.Id, Ct);
        var everyones = await store.TemplateAnswersAsync(sample.Workspace.Id, sample.Team.Id, ReviewTemplates.Retrospective.Id, SampleData.Quarter, null, Ct);

        Assert.Equal([worked, cause], theirs);
        Assert.Equal([worked, managers, cause], everyones);
        var teams = await store.AnswersAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct);
        Assert.Equal(teams.Where(a => a.TemplateId == ReviewTemplates.Retrospective.Id), everyones);
        Assert.Empty(await store.TemplateAnswersAsync(elsewhere.Workspace.Id, sample.Team.Id, ReviewTemplates.Retrospective.Id, SampleData.Quarter, null, Ct));
    }

    [Fact]
    public async Task Saving_an_objective_through_the_port_saves_its_own_fields_and_leaves_its_key_results_alone()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var renamed = sample.Objective with
        {
            Title = "Grow Europe faster",
            KeyResults = [sample.Objective.KeyResults[0] with { Title = "Not saved by this call" }],
        };

        await store.SaveObjectiveAsync(renamed, Ct);
        await store.SaveKeyResultAsync(sample.Objective.KeyResults[1] with { Target = 12m }, Ct);

        var loaded = Assert.Single(await store.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
        Assert.Equal("Grow Europe faster", loaded.Title);
        Assert.Equal(sample.Objective.KeyResults[0], loaded.KeyResults[0]);
        Assert.Equal(12m, loaded.KeyResults[1].Target);
    }

    [Fact]
    public async Task The_port_reads_teams_and_members_of_the_workspace()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);

        Assert.True(sample.Team.SameAs(Assert.Single(await store.ListTeamsAsync(sample.Workspace.Id, Ct))));
        Assert.Equal([sample.Seller, sample.Manager], await store.MembersAsync(sample.Workspace.Id, sample.Team.Id, Ct));
        Assert.Equal([sample.Manager], await store.MembersByChatIdentityAsync(sample.Workspace.Id, ChatPlatform.Slack, "UMIA", Ct));
    }

    [Fact]
    public async Task A_key_result_with_written_answers_but_no_check_ins_has_history()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var quiet = sample.Objective.KeyResults[2].Id;
        await using var session = await db.Database.OpenSessionAsync(Ct);
        Assert.False(await session.Okrs.HasHistoryAsync(sample.Workspace.Id, quiet, Ct));

        await session.Answers.AddAsync(Answer(sample, "why-off-target", quiet, "Returns doubled", 1), Ct);

        Assert.True(await session.Okrs.HasHistoryAsync(sample.Workspace.Id, quiet, Ct));
        Assert.True(await session.Okrs.HasHistoryAsync(sample.Workspace.Id, sample.CheckIn.KeyResultId, Ct));
        Assert.False(await session.Okrs.HasHistoryAsync(sample.Workspace.Id, sample.Objective.KeyResults[3].Id, Ct));
    }

    [Fact]
    public async Task An_answer_about_a_stream_keeps_its_stream_in_the_quarters_answers()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var aboutStream = Answer(sample, "gmv", null, "12500.5", hoursLater: 1) with { TemplateId = ReviewTemplates.LiveStream.Id, SubjectId = "stream-1" };
        var aboutWeek = Answer(sample, "blockers", null, "None", hoursLater: 2);

        await store.RecordAsync(new Submission(sample.Workspace.Id, "stream-review", [], [aboutStream, aboutWeek]), Ct);

        var answers = await store.AnswersAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct);
        Assert.Equal([aboutStream, aboutWeek], answers);
        Assert.Equal(["stream-1", null], answers.Select(a => a.SubjectId));
    }

    [Fact]
    public async Task A_dialogs_subject_is_saved_replaced_and_cleared_with_it()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var answers = new Dictionary<string, string> { ["gmv"] = "12500.5" };
        var aboutStream = Dialog(sample.Seller, step: 1, answers) with { TemplateId = ReviewTemplates.LiveStream.Id, SubjectId = "stream-1" };

        await store.SaveDialogAsync(aboutStream, Ct);
        Assert.Equal("stream-1", (await store.DialogAsync(sample.Workspace.Id, sample.Seller.Id, Ct))!.SubjectId);

        await store.SaveDialogAsync(aboutStream with { SubjectId = "stream-2" }, Ct);
        Assert.Equal("stream-2", (await store.DialogAsync(sample.Workspace.Id, sample.Seller.Id, Ct))!.SubjectId);

        // The member's next dialog is the week's: nothing of the stream is left on it.
        await store.SaveDialogAsync(Dialog(sample.Seller, step: 0, answers), Ct);
        Assert.Null((await store.DialogAsync(sample.Workspace.Id, sample.Seller.Id, Ct))!.SubjectId);
    }

    [Fact]
    public async Task A_key_results_feed_is_saved_read_by_the_team_and_by_its_owner_and_cleared()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var fed = sample.Objective.KeyResults[0] with { Feed = new KeyResultFeed("gmv") };

        await store.SaveKeyResultAsync(fed, Ct);

        var teams = Assert.Single(await store.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
        var owners = Assert.Single(await store.MemberObjectivesAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, SampleData.Quarter, Ct));
        Assert.Equal([fed, .. sample.Objective.KeyResults.Skip(1)], teams.KeyResults);
        Assert.Equal([fed, .. sample.Objective.KeyResults.Skip(1)], owners.KeyResults);
        await using (var connection = await db.Database.OpenAsync(Ct))
        {
            Assert.Equal("live-streams.gmv", await connection.ExecuteScalarAsync<string>("SELECT feed FROM key_results WHERE id = @Id", new { fed.Id }));
        }

        await store.SaveKeyResultAsync(fed with { Feed = null }, Ct);
        Assert.Null((await store.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct))[0].KeyResults[0].Feed);
    }

    internal static CheckIn NextCheckIn(SampleData sample, string keyResultId, int hoursLater) =>
        sample.CheckIn with
        {
            Id = Ids.New(),
            KeyResultId = keyResultId,
            WeekNumber = 4,
            Value = 5m,
            RecordedAt = sample.CheckIn.RecordedAt.AddHours(hoursLater).ToUniversalTime(),
        };

    internal static ReviewAnswer Answer(SampleData sample, string questionId, string? keyResultId, string text, int hoursLater) =>
        new(
            Ids.New(),
            sample.Workspace.Id,
            "weekly-check-in",
            questionId,
            sample.Seller.Id,
            SampleData.Quarter,
            4,
            keyResultId,
            text,
            sample.CheckIn.RecordedAt.AddHours(hoursLater).ToUniversalTime());

    internal static DialogState Dialog(Core.People.Member member, int step, IReadOnlyDictionary<string, string> answers) =>
        new(
            member.WorkspaceId,
            member.Id,
            "conversation-" + member.Id,
            "weekly-check-in",
            SampleData.Quarter,
            4,
            step,
            answers,
            new DateTimeOffset(2026, 10, 20, 8, 15, 0, TimeSpan.Zero));

    private static async Task<long> CountAsync(TemporaryDatabase db, string table)
    {
        await using var connection = await db.Database.OpenAsync(Ct);
        // The table name comes from the test itself, never from input.
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }
}

public sealed class ReviewStore_on_Sqlite : ReviewStoreContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class ReviewStore_on_Postgres : ReviewStoreContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
