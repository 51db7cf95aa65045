using System.Text;
using System.Text.Json;
using ReviewBot.Core;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Import;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Import;

/// <summary>
/// <c>review plan export</c> against the import: a quarter imported, exported through the engine over the SQL store,
/// read back to the same file, imported again without a change, and exported again to the same bytes.
/// </summary>
public class PlanExportRoundTripTests
{
    private static readonly Quarter Q4 = new(2026, 4);
    private static readonly Quarter Q1 = new(2027, 1);

    private static readonly (DateTimeOffset From, DateTimeOffset Until) Wide = (new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new(2028, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string DemoFile(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Files", name));

    [Theory]
    [InlineData("export-sales.yaml", "Mei Lin")]
    [InlineData("live-selling.yaml", "Lin Hua")]
    public async Task A_demo_quarter_exported_reads_back_as_the_file_it_was_imported_from(string demo, string manager)
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var original = Read(DemoFile(demo));
        await new OkrImporter(db.Database, db.Time).ImportAsync(original, dryRun: false, Ct);

        var yaml = await ExportAsync(db, original, manager, "review plan export 2026-Q4", Q4);
        var exported = Read(yaml);

        AssertSameFile(original, exported);
        var again = await new OkrImporter(db.Database, db.Time).ImportAsync(exported, dryRun: false, Ct);
        Assert.False(again.ChangedAnything, string.Join("; ", again.Lines()));
        Assert.Equal(original.Objectives.Sum(o => o.KeyResults.Count), again["key results"].Unchanged);
        Assert.Equal(original.Members.Count, again["members"].Unchanged);
        Assert.Equal(yaml, await ExportAsync(db, original, manager, "review plan export 2026-Q4", Q4));
    }

    [Fact]
    public async Task The_live_selling_teams_templates_and_streams_are_in_the_file_and_its_import_leaves_them_as_they_were()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var original = Read(DemoFile("live-selling.yaml"));
        await new OkrImporter(db.Database, db.Time).ImportAsync(original, dryRun: false, Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var team = await TeamAsync(db, original);
        var streamsBefore = await store.StreamsAsync(team.WorkspaceId, team.Id, Wide.From, Wide.Until, Ct);

        var yaml = await ExportAsync(db, original, "Lin Hua", "复盘 计划 导出 2026-Q4", Q4);
        var again = await new OkrImporter(db.Database, db.Time).ImportAsync(Read(yaml), dryRun: false, Ct);

        Assert.Contains("templates:\n  - id: quick-stream\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      start: \"2026-12-03 20:00\"\n      duration: 1h30m\n      host: zhou.min@example.com\n      crew: [chen.jie@example.com]\n      currency: EUR\n", yaml, StringComparison.Ordinal);
        Assert.Equal(new ImportSummary.Counts(Unchanged: 3), again["streams"]);
        Assert.Equal(new ImportSummary.Counts(Unchanged: 1), again["templates"]);
        Assert.Equal(new ImportSummary.Counts(Unchanged: 1), again["stream rules"]);
        var streamsAfter = await store.StreamsAsync(team.WorkspaceId, team.Id, Wide.From, Wide.Until, Ct);
        Assert.Equal(3, streamsBefore.Count);
        Assert.Equal(streamsBefore, streamsAfter, (a, b) => a with { CrewMemberIds = [] } == b with { CrewMemberIds = [] } && a.CrewMemberIds.SequenceEqual(b.CrewMemberIds));
    }

    [Fact]
    public async Task A_stream_called_off_in_chat_stays_off_and_out_of_the_file()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var original = Read(DemoFile("live-selling.yaml"));
        await new OkrImporter(db.Database, db.Time).ImportAsync(original, dryRun: false, Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var team = await TeamAsync(db, original);
        var boots = (await store.StreamsAsync(team.WorkspaceId, team.Id, Wide.From, Wide.Until, Ct)).Single(s => s.Key == "boots-night");
        await store.UpdateStreamAsync(boots with { CancelledAt = db.Time.GetUtcNow() }, Ct);

        var yaml = await ExportAsync(db, original, "Lin Hua", "review plan export 2026-Q4", Q4);
        var again = await new OkrImporter(db.Database, db.Time).ImportAsync(Read(yaml), dryRun: false, Ct);

        Assert.DoesNotContain("boots-night", yaml, StringComparison.Ordinal);
        Assert.False(again.ChangedAnything, string.Join("; ", again.Lines()));
        Assert.NotNull((await store.StreamAsync(team.WorkspaceId, boots.Id, Ct))!.CancelledAt);
    }

    [Fact]
    public async Task A_member_whose_profile_comes_from_chat_is_exported_without_time_zone_or_locale_and_reads_back_the_same()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var yamlIn = DemoFile("export-sales.yaml").Replace("    timeZone: Asia/Kolkata\n    locale: en-IN\n", "", StringComparison.Ordinal);
        var original = Read(yamlIn);
        Assert.True(original.Members.Single(m => m.Name == "Cindy Sharma").ProfileFromChat);
        await new OkrImporter(db.Database, db.Time).ImportAsync(original, dryRun: false, Ct);

        var yaml = await ExportAsync(db, original, "Mei Lin", "review plan export 2026-Q4", Q4);
        var exported = Read(yaml);

        AssertSameFile(original, exported);
        var cindy = yaml[yaml.IndexOf("- name: \"Cindy Sharma\"", StringComparison.Ordinal)..];
        cindy = cindy[..cindy.IndexOf("\n  - ", StringComparison.Ordinal)];
        Assert.DoesNotContain("timeZone", cindy, StringComparison.Ordinal);
        Assert.DoesNotContain("locale", cindy, StringComparison.Ordinal);
        Assert.False((await new OkrImporter(db.Database, db.Time).ImportAsync(exported, dryRun: false, Ct)).ChangedAnything);
    }

    [Fact]
    public async Task Next_quarters_okrs_written_by_an_approval_export_by_default_and_read_back_unchanged()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var original = Read(DemoFile("export-sales.yaml"));
        await new OkrImporter(db.Database, db.Time).ImportAsync(original, dryRun: false, Ct);
        var team = await TeamAsync(db, original);
        var members = await new ReviewStore(db.Database, db.Time).MembersAsync(team.WorkspaceId, team.Id, Ct);
        await ApproveNextQuarterAsync(db, team, members);

        var yaml = await ExportAsync(db, original, "Mei Lin", "review plan export", Q1);
        var (exported, errors) = OkrFileReader.Read(yaml);

        Assert.Empty(errors);
        Assert.Equal(Q1, exported!.Quarter);
        var stored = await new ReviewStore(db.Database, db.Time).ObjectivesAsync(team.WorkspaceId, team.Id, Q1, Ct);
        Assert.Equal(
            stored.SelectMany(o => o.KeyResults).Select(k => k with { Id = "", WorkspaceId = "", ObjectiveId = "", OwnerMemberId = null }),
            exported.Objectives.SelectMany(o => o.KeyResults).Select(k => k.KeyResult));
        Assert.Equal(
            stored.Select(o => o with { Id = "", WorkspaceId = "", TeamId = "", OwnerMemberId = null, KeyResults = [] }),
            exported.Objectives.Select(o => o.Objective));
        Assert.Equal("第一行：两个大客户续约\n第二行 # 不是注释，\"引号\" 也在", exported.Objectives[0].KeyResults[0].KeyResult.Basis);
        Assert.Equal([members.Single(m => m.Name == "Andy Miller").Email, null, members.Single(m => m.Name == "Cindy Sharma").Email, members.Single(m => m.Name == "Cindy Sharma").Email], exported.Objectives[0].KeyResults.Select(k => k.OwnerEmail));
        Assert.Equal(1.1725m, exported.Team.ExchangeRates.ToReporting(1m, "EUR", "USD", Q1));
        var again = await new OkrImporter(db.Database, db.Time).ImportAsync(exported, dryRun: false, Ct);
        Assert.False(again.ChangedAnything, string.Join("; ", again.Lines()));
        Assert.Equal(new ImportSummary.Counts(Unchanged: 4), again["key results"]);
        Assert.Equal(yaml, await ExportAsync(db, original, "Mei Lin", "review plan export 2027-Q1", Q1));
        Assert.Equal(LongBasis, exported.Objectives[0].KeyResults[3].KeyResult.Basis);
        // Folded, no line is much longer than the fold: Teams shows the file in code blocks that never cut a line.
        Assert.All(yaml.Split('\n'), line => Assert.True(line.Length <= 140, line));
    }

    /// <summary>
    /// A basis longer than a line of the file, with double spaces, a trailing space before a fold, a run of Chinese
    /// without spaces and a character outside the basic plane: the file folds it, and it must read back unchanged.
    /// </summary>
    private static readonly string LongBasis =
        string.Concat(Enumerable.Repeat("Late deliveries caused most complaints;  the warehouse opens in week 3 ", 4))
        + string.Concat(Enumerable.Repeat("孟买仓库开仓后迟到的包裹会减少，差评率随之下降", 8)) + " 📦 " + new string('x', 150) + " end";

    /// <summary>What an approval writes for next quarter through ITeamOkrs: new keys, free text with YAML's special characters, and a rate.</summary>
    private static async Task ApproveNextQuarterAsync(TemporaryDatabase db, Team team, IReadOnlyList<Member> members)
    {
        var store = new ReviewStore(db.Database, db.Time);
        await using (var session = await db.Database.BeginAsync(Ct))
        {
            await session.Teams.SaveAsync(team with { ExchangeRates = new ExchangeRateTable(team.ExchangeRates.Rates.Append(new ExchangeRate(Q1, "EUR", 1.1725m))) }, Ct);
            await session.CommitAsync(Ct);
        }

        var andy = members.Single(m => m.Name == "Andy Miller");
        var cindy = members.Single(m => m.Name == "Cindy Sharma");
        var objective = new Objective
        {
            Id = Ids.New(),
            WorkspaceId = team.WorkspaceId,
            TeamId = team.Id,
            Quarter = Q1,
            Key = "q1-plan-andy",
            Title = "Q1: grow the US & Europe — \"again\"",
            Basis = "- Approved from the team's proposals: 两个市场",
            Position = 0,
        };
        await store.SaveObjectiveAsync(objective, Ct);
        KeyResult KeyResult(string key, string title, Member? owner, KeyResultUnit unit, decimal start, decimal target, string basis, int position) => new()
        {
            Id = Ids.New(),
            WorkspaceId = team.WorkspaceId,
            ObjectiveId = objective.Id,
            Key = key,
            Title = title,
            OwnerMemberId = owner?.Id,
            Unit = unit,
            Start = start,
            Target = target,
            Basis = basis,
            Position = position,
        };
        await store.SaveKeyResultAsync(KeyResult("us-revenue-q1", "美国收入", andy, KeyResultUnit.Currency("EUR"), 1_234_567.891m, 30_000_000.5m, "第一行：两个大客户续约\n第二行 # 不是注释，\"引号\" 也在", 0) with { Weight = 0.75m, Market = "US: East" }, Ct);
        await store.SaveKeyResultAsync(KeyResult("returns-rate", "Returns rate", null, KeyResultUnit.Percentage, 4.125m, 2.5m, "yes", 1), Ct);
        await store.SaveKeyResultAsync(KeyResult("marketplaces", "New marketplaces: #1", cindy, KeyResultUnit.Count("marketplaces"), 0m, 3m, "Lazada, Shopee, Flipkart", 2), Ct);
        await store.SaveKeyResultAsync(KeyResult("mumbai-warehouse", "Mumbai warehouse live", cindy, KeyResultUnit.Milestone, 0m, 1m, LongBasis, 3), Ct);
    }

    private static async Task<string> ExportAsync(TemporaryDatabase db, OkrFile file, string managerName, string command, Quarter quarter)
    {
        var team = await TeamAsync(db, file);
        var store = new ReviewStore(db.Database, db.Time);
        var manager = (await store.MembersAsync(team.WorkspaceId, team.Id, Ct)).Single(m => m.Name == managerName);
        var engine = new ConversationEngine(store, db.Time);
        var replies = await engine.HandleAsync(
            new Turn { WorkspaceId = team.WorkspaceId, Platform = ChatPlatform.Playground, UserId = manager.Id, ConversationId = $"play-{manager.Id}", Input = new CommandInput(command) },
            Ct);
        // The file goes to the manager alone; a note without it answers where the command was typed.
        var reply = Assert.Single(replies.OfType<MessageReply>(), r => r.ToMemberId == manager.Id);
        var exported = Assert.Single(reply.Files);
        Assert.Equal("application/yaml", exported.ContentType);
        Assert.Equal($"{team.Key}-{quarter.Id}.yaml", exported.FileName);
        return Encoding.UTF8.GetString(exported.Content.Span);
    }

    private static async Task<Team> TeamAsync(TemporaryDatabase db, OkrFile file)
    {
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var workspace = await session.Workspaces.FindAsync(file.Platform, file.WorkspaceExternalId, Ct);
        return (await session.Teams.FindByKeyAsync(workspace!.Id, file.Team.Key, Ct))!;
    }

    private static OkrFile Read(string yaml)
    {
        var (file, errors) = OkrFileReader.Read(yaml);
        Assert.True(file is not null, $"The file does not read: {string.Join("; ", errors)}\n{yaml}");
        return file;
    }

    /// <summary>The same workspace, team settings, members and OKRs; lists compared in the file's own order where order means something.</summary>
    private static void AssertSameFile(OkrFile original, OkrFile exported)
    {
        Assert.Equal((original.Platform, original.WorkspaceExternalId, original.WorkspaceName, original.Quarter), (exported.Platform, exported.WorkspaceExternalId, exported.WorkspaceName, exported.Quarter));
        Assert.True(original.Team.SameAs(exported.Team), $"The team differs: {original.Team} / {exported.Team}");
        Assert.Equal(original.Team.ExchangeRates.Rates, exported.Team.ExchangeRates.Rates);
        Assert.Equal(original.Members.OrderBy(m => m.Email, StringComparer.Ordinal), exported.Members.OrderBy(m => m.Email, StringComparer.Ordinal));
        Assert.Equal(original.Objectives.Select(o => (o.Objective, o.OwnerEmail)), exported.Objectives.Select(o => (o.Objective, o.OwnerEmail)));
        Assert.Equal(original.Objectives.SelectMany(o => o.KeyResults), exported.Objectives.SelectMany(o => o.KeyResults));
        Assert.Equal(original.Warnings, exported.Warnings);
        Assert.Equal(original.Templates is null, exported.Templates is null);
        Assert.Equal(JsonSerializer.Serialize(original.Templates), JsonSerializer.Serialize(exported.Templates));
        Assert.Equal(original.Streams is null, exported.Streams is null);
        if (original.Streams is { } streams)
        {
            var rules = exported.Streams!.Rules;
            Assert.Equal((streams.Rules.ReviewDelay, streams.Rules.AnswerWindow, streams.Rules.TemplateId), (rules.ReviewDelay, rules.AnswerWindow, rules.TemplateId));
            Assert.Equal(streams.Rules.Targets.OrderBy(t => t.Key, StringComparer.Ordinal), rules.Targets.OrderBy(t => t.Key, StringComparer.Ordinal));
            Assert.Equal(
                streams.Schedule.Select(s => (s.Stream with { CrewMemberIds = [] }, s.HostEmail, string.Join(",", s.CrewEmails))),
                exported.Streams.Schedule.Select(s => (s.Stream with { CrewMemberIds = [] }, s.HostEmail, string.Join(",", s.CrewEmails))));
        }
    }
}
