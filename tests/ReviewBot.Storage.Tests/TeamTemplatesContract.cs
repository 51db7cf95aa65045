using ReviewBot.Core.Dialogs;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>The team templates port over the SQL store: each team's own review templates, in the order its file gave them.</summary>
public abstract class TeamTemplatesContract : StorageContract
{
    [Fact]
    public async Task A_team_that_saved_no_templates_has_none()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);

        Assert.Empty(await store.TeamTemplatesAsync(sample.Workspace.Id, sample.Team.Id, Ct));
    }

    [Fact]
    public async Task Saved_templates_read_back_in_order_with_every_field_of_every_question()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var templates = new[] { Stream("z-night-show"), Weekly("a-weekly"), Stream("m-morning") };

        await store.SaveTeamTemplatesAsync(sample.Workspace.Id, sample.Team.Id, templates, Ct);

        AssertSame(templates, await store.TeamTemplatesAsync(sample.Workspace.Id, sample.Team.Id, Ct));
    }

    [Fact]
    public async Task Saving_again_replaces_the_whole_list_and_an_empty_list_leaves_none()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        await store.SaveTeamTemplatesAsync(sample.Workspace.Id, sample.Team.Id, [Stream("first"), Weekly("second")], Ct);

        await store.SaveTeamTemplatesAsync(sample.Workspace.Id, sample.Team.Id, [Weekly("second") with { Title = "Renamed" }], Ct);
        AssertSame([Weekly("second") with { Title = "Renamed" }], await store.TeamTemplatesAsync(sample.Workspace.Id, sample.Team.Id, Ct));

        await store.SaveTeamTemplatesAsync(sample.Workspace.Id, sample.Team.Id, [], Ct);
        Assert.Empty(await store.TeamTemplatesAsync(sample.Workspace.Id, sample.Team.Id, Ct));
    }

    [Fact]
    public async Task Another_teams_or_workspaces_templates_are_never_read()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        var store = new ReviewStore(db.Database, db.Time);

        await store.SaveTeamTemplatesAsync(a.Workspace.Id, a.Team.Id, [Stream("of-a")], Ct);
        await store.SaveTeamTemplatesAsync(b.Workspace.Id, b.Team.Id, [Weekly("of-b")], Ct);

        AssertSame([Stream("of-a")], await store.TeamTemplatesAsync(a.Workspace.Id, a.Team.Id, Ct));
        AssertSame([Weekly("of-b")], await store.TeamTemplatesAsync(b.Workspace.Id, b.Team.Id, Ct));
        Assert.Empty(await store.TeamTemplatesAsync(a.Workspace.Id, b.Team.Id, Ct));
        Assert.Empty(await store.TeamTemplatesAsync(b.Workspace.Id, a.Team.Id, Ct));
    }

    /// <summary>A stream template with one question of every kind, every optional field set, in the team's own (Chinese) words.</summary>
    private static TemplateDefinition Stream(string id) =>
        new(
            id,
            $"直播复盘 {id}",
            [
                new QuestionDefinition("gmv", QuestionKind.Number, "本场GMV是多少？", Required: true) { Unit = QuestionDefinition.SubjectCurrencyWord, Part = "numbers" },
                new QuestionDefinition("viewers", QuestionKind.Number, "观看人数", Required: false) { Unit = "viewers", Part = "numbers" },
                new QuestionDefinition("conversion", QuestionKind.Number, "转化率", Required: false) { Unit = "%", Part = "numbers" },
                new QuestionDefinition("host-rating", QuestionKind.Rating, "主播表现打几分？", Required: true) { Part = "people" },
                new QuestionDefinition("mood", QuestionKind.Choice, "直播间氛围", Required: false) { Choices = ["热烈", "一般", "冷清 \"quiet\""], Part = "scene" },
                new QuestionDefinition("keep", QuestionKind.Text, "下次保留什么？\n写具体一点", Required: false) { Multiline = false },
            ])
        {
            Intro = "每场直播后两分钟填完 <b>&</b> 'go'",
            Parts = [new PartDefinition("numbers", "数据"), new PartDefinition("people", "人"), new PartDefinition("scene", "场")],
            SubmitLabel = "提交复盘",
        };

    /// <summary>A week's template with the defaults left as they are.</summary>
    private static TemplateDefinition Weekly(string id) =>
        new(id, "Weekly wins", [new QuestionDefinition("wins", QuestionKind.Text, "What went well?", Required: true)]) { Subject = ReviewSubject.Week };

    /// <summary>Equal field by field: a record compares its lists by reference.</summary>
    private static void AssertSame(IReadOnlyList<TemplateDefinition> expected, IReadOnlyList<TemplateDefinition> actual)
    {
        Assert.Equal(expected.Select(t => t.Id), actual.Select(t => t.Id));
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.Equal((want.Title, want.Intro, want.Subject, want.SubmitLabel), (got.Title, got.Intro, got.Subject, got.SubmitLabel));
            Assert.Equal(want.Parts, got.Parts);
            Assert.Equal(want.Questions.Count, got.Questions.Count);
            foreach (var (question, read) in want.Questions.Zip(got.Questions))
            {
                Assert.Equal(question.Choices, read.Choices);
                Assert.Equal(question with { Choices = NoChoices }, read with { Choices = NoChoices });
            }
        }
    }

    private static readonly string[] NoChoices = [];
}

public sealed class TeamTemplates_on_Sqlite : TeamTemplatesContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class TeamTemplates_on_Postgres : TeamTemplatesContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
