using Dapper;
using ReviewBot.Core;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Import;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Import;

public class OkrImporterTests
{
    private static readonly string[] Tables =
        ["workspaces", "teams", "exchange_rates", "holidays", "summary_channels", "members", "objectives", "key_results", "check_ins"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Demo => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Files", "export-sales.yaml"));

    private static OkrFile Read(string yaml)
    {
        var (file, errors) = OkrFileReader.Read(yaml);
        return file ?? throw new InvalidOperationException($"The test file is invalid: {string.Join("; ", errors)}");
    }

    [Fact]
    public async Task Imports_the_demo_team_with_everything_in_it()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);

        var summary = await new OkrImporter(db.Database).ImportAsync(Read(Demo), dryRun: false, Ct);

        Assert.Equal(new ImportSummary.Counts(Created: 4), summary["members"]);
        Assert.Equal(new ImportSummary.Counts(Created: 2), summary["objectives"]);
        Assert.Equal(new ImportSummary.Counts(Created: 7), summary["key results"]);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var workspace = await session.Workspaces.FindAsync(ChatPlatform.Playground, "demo", Ct);
        var team = await session.Teams.FindByKeyAsync(workspace!.Id, "export-sales", Ct);
        var objectives = await session.Okrs.ObjectivesAsync(workspace.Id, team!.Id, new Quarter(2026, 4), Ct);
        var members = await session.Teams.MembersAsync(workspace.Id, team.Id, Ct);
        Assert.Equal(["export-revenue", "customer-experience"], objectives.Select(o => o.Key));
        Assert.Equal(members.Single(m => m.Name == "Andy Miller").Id, objectives[0].KeyResults[0].OwnerMemberId);
        Assert.Null(objectives[0].OwnerMemberId);
        Assert.Equal(1.16m, team.ExchangeRates.ToReporting(1m, "EUR", "USD", new Quarter(2026, 4)));
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var importer = new OkrImporter(db.Database);
        await importer.ImportAsync(Read(Demo), dryRun: false, Ct);
        var before = await DumpAsync(db);

        var summary = await importer.ImportAsync(Read(Demo), dryRun: false, Ct);

        Assert.False(summary.ChangedAnything);
        Assert.Equal(new ImportSummary.Counts(Unchanged: 7), summary["key results"]);
        Assert.Equal(before, await DumpAsync(db));
    }

    [Fact]
    public async Task The_teams_planning_prompt_is_stored_and_a_changed_one_updates_the_team_once()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var importer = new OkrImporter(db.Database);
        await importer.ImportAsync(Read(Demo), dryRun: false, Ct);
        var lastWeek = Demo.Replace("  summaryChannels:\n", "  planning:\n    prompt: last-week\n  summaryChannels:\n", StringComparison.Ordinal);

        var changed = await importer.ImportAsync(Read(lastWeek), dryRun: false, Ct);
        var again = await importer.ImportAsync(Read(lastWeek), dryRun: false, Ct);

        Assert.Equal(new ImportSummary.Counts(Updated: 1), changed["teams"]);
        Assert.False(again.ChangedAnything);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var workspace = await session.Workspaces.FindAsync(ChatPlatform.Playground, "demo", Ct);
        var team = await session.Teams.FindByKeyAsync(workspace!.Id, "export-sales", Ct);
        Assert.Equal(Core.People.PlanningPrompt.LastWeek, team!.PlanningPrompt);
    }

    [Fact]
    public async Task The_teams_locale_is_stored_and_a_changed_locale_updates_the_team_once()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var importer = new OkrImporter(db.Database);
        await importer.ImportAsync(Read(Demo), dryRun: false, Ct);
        var british = Demo.Replace("  locale: en-US               #", "  locale: en-GB               #", StringComparison.Ordinal);

        var changed = await importer.ImportAsync(Read(british), dryRun: false, Ct);
        var again = await importer.ImportAsync(Read(british), dryRun: false, Ct);

        Assert.Equal(new ImportSummary.Counts(Updated: 1), changed["teams"]);
        Assert.False(again.ChangedAnything);
        await using var connection = await db.Database.OpenAsync(Ct);
        Assert.Equal("en-GB", await connection.ExecuteScalarAsync<string>("SELECT locale FROM teams WHERE team_key = 'export-sales'"));
    }

    [Fact]
    public async Task An_edited_file_updates_in_place_keeping_ids()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var importer = new OkrImporter(db.Database);
        await importer.ImportAsync(Read(Demo), dryRun: false, Ct);
        var idsBefore = await IdsAsync(db, "key_results");

        var edited = Demo
            .Replace("target: 24.7M", "target: 26M", StringComparison.Ordinal)
            .Replace("market: Europe\n", "market: DACH\n", StringComparison.Ordinal)
            .Replace("  EUR: 1.16", "  EUR: 1.18", StringComparison.Ordinal);
        var summary = await importer.ImportAsync(Read(edited), dryRun: false, Ct);

        Assert.Equal(new ImportSummary.Counts(Updated: 1, Unchanged: 6), summary["key results"]);
        Assert.Equal(new ImportSummary.Counts(Updated: 1, Unchanged: 3), summary["members"]);
        Assert.Equal(new ImportSummary.Counts(Updated: 1), summary["teams"]);
        Assert.Equal(idsBefore, await IdsAsync(db, "key_results"));
        await using var connection = await db.Database.OpenAsync(Ct);
        Assert.Equal("26000000", await connection.ExecuteScalarAsync<string>("SELECT target_value FROM key_results WHERE kr_key = 'us-revenue'"));
        Assert.Equal("1.18", await connection.ExecuteScalarAsync<string>("SELECT rate_to_reporting FROM exchange_rates WHERE currency = 'EUR'"));
    }

    [Fact]
    public async Task A_key_result_dropped_from_the_file_is_removed_unless_it_has_check_ins()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var importer = new OkrImporter(db.Database);
        await importer.ImportAsync(Read(Demo), dryRun: false, Ct);
        await AddCheckInAsync(db, "store-conversion");

        var withoutTwo = RemoveKeyResult(RemoveKeyResult(Demo, "new-distributors"), "store-conversion");
        var summary = await importer.ImportAsync(Read(withoutTwo), dryRun: false, Ct);

        Assert.Equal(1, summary["key results"].Removed);
        Assert.Equal(["Key result 'Storefront conversion rate' is not in the file but was kept: it has check-ins or written answers."], summary.Notes);
        var keys = await IdsAsync(db, "key_results", "kr_key");
        Assert.Contains("store-conversion", keys);
        Assert.DoesNotContain("new-distributors", keys);
    }

    [Fact]
    public async Task A_key_result_dropped_from_the_file_is_kept_when_it_has_written_answers()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var importer = new OkrImporter(db.Database);
        await importer.ImportAsync(Read(Demo), dryRun: false, Ct);
        await AddAnswerAsync(db, "store-conversion");

        var summary = await importer.ImportAsync(Read(RemoveKeyResult(Demo, "store-conversion")), dryRun: false, Ct);

        Assert.Equal(0, summary["key results"].Removed);
        Assert.Equal(["Key result 'Storefront conversion rate' is not in the file but was kept: it has check-ins or written answers."], summary.Notes);
        Assert.Contains("store-conversion", await IdsAsync(db, "key_results", "kr_key"));
    }

    [Fact]
    public async Task A_member_dropped_from_the_file_loses_access_but_keeps_their_history_and_comes_back_when_re_added()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var importer = new OkrImporter(db.Database);
        await importer.ImportAsync(Read(Demo), dryRun: false, Ct);
        var start = Demo.IndexOf("  - name: Mei Lin", StringComparison.Ordinal);
        var end = Demo.IndexOf("  - name: Andy Miller", StringComparison.Ordinal);
        var withoutMei = (Demo[..start] + Demo[end..]).Replace("    role: member\n    market: US", "    role: manager\n    market: US", StringComparison.Ordinal);

        var summary = await importer.ImportAsync(Read(withoutMei), dryRun: false, Ct);

        Assert.Equal(1, summary["members"].Removed);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var workspace = await session.Workspaces.FindAsync(ChatPlatform.Playground, "demo", Ct);
        var team = await session.Teams.FindByKeyAsync(workspace!.Id, "export-sales", Ct);
        Assert.Empty(await session.Teams.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Slack, "U0MEILIN", Ct));
        Assert.DoesNotContain(await session.Teams.MembersAsync(workspace.Id, team!.Id, Ct), m => m.Name == "Mei Lin");
        Assert.Contains(await session.Teams.AllMembersAsync(workspace.Id, team.Id, Ct), m => m.Name == "Mei Lin" && !m.Active);

        await importer.ImportAsync(Read(Demo), dryRun: false, Ct);
        Assert.Single(await session.Teams.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Slack, "U0MEILIN", Ct));
    }

    [Fact]
    public async Task A_changed_e_mail_updates_the_same_member_matched_by_their_chat_identity()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var importer = new OkrImporter(db.Database);
        await importer.ImportAsync(Read(Demo), dryRun: false, Ct);
        var ids = await IdsAsync(db, "members");

        var summary = await importer.ImportAsync(Read(Demo.Replace("andy.miller@example.com", "andy.m@example.com", StringComparison.Ordinal)), dryRun: false, Ct);

        Assert.Equal(new ImportSummary.Counts(Updated: 1, Unchanged: 3), summary["members"]);
        Assert.Equal(ids, await IdsAsync(db, "members"));
    }

    [Fact]
    public async Task A_dry_run_reports_the_changes_and_writes_nothing()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var before = await DumpAsync(db);

        var summary = await new OkrImporter(db.Database).ImportAsync(Read(Demo), dryRun: true, Ct);

        Assert.Equal(7, summary["key results"].Created);
        Assert.Equal(before, await DumpAsync(db));
    }

    [Fact]
    public async Task The_same_team_key_in_another_workspace_is_another_team()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var importer = new OkrImporter(db.Database);
        await importer.ImportAsync(Read(Demo), dryRun: false, Ct);

        var summary = await importer.ImportAsync(Read(Demo.Replace("  id: demo", "  id: other-company", StringComparison.Ordinal)), dryRun: false, Ct);

        Assert.Equal(new ImportSummary.Counts(Created: 7), summary["key results"]);
        Assert.Equal(2, (await IdsAsync(db, "teams")).Count);
    }

    [Fact]
    public async Task Two_imports_of_the_same_team_at_once_on_postgres_both_succeed_and_leave_what_one_import_leaves()
    {
        await using var once = await TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
        await new OkrImporter(once.Database).ImportAsync(Read(Demo), dryRun: false, Ct);
        await using var twice = await TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
        var importers = new[] { new OkrImporter(twice.Database), new OkrImporter(twice.Database) };

        var summaries = await Task.WhenAll(importers.Select(i => Task.Run(() => i.ImportAsync(Read(Demo), dryRun: false, Ct), Ct)))
            .WaitAsync(TimeSpan.FromSeconds(60), Ct);

        // One went first and created everything; the other waited for it and found nothing to change.
        Assert.Single(summaries, s => !s.ChangedAnything);
        Assert.Equal(await CountsAsync(once), await CountsAsync(twice));
        Assert.False((await new OkrImporter(twice.Database).ImportAsync(Read(Demo), dryRun: false, Ct)).ChangedAnything);
    }

    private static async Task<string> CountsAsync(TemporaryDatabase db)
    {
        await using var connection = await db.Database.OpenAsync(Ct);
        var counts = new List<string>();
        foreach (var table in Tables)
        {
            counts.Add($"{table}={await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}")}");
        }

        return string.Join(", ", counts);
    }

    private static string RemoveKeyResult(string yaml, string key)
    {
        var start = yaml.IndexOf($"      - key: {key}\n", StringComparison.Ordinal);
        var next = yaml.IndexOf("\n      - key: ", start, StringComparison.Ordinal);
        var nextObjective = yaml.IndexOf("\n  - key: ", start, StringComparison.Ordinal);
        var end = new[] { next, nextObjective, yaml.Length - 1 }.Where(i => i >= start).Min() + 1;
        return yaml[..start] + yaml[end..];
    }

    private static async Task AddCheckInAsync(TemporaryDatabase db, string keyResultKey)
    {
        await using var connection = await db.Database.OpenAsync(Ct);
        var (workspaceId, keyResultId, ownerId) = await connection.QuerySingleAsync<(string, string, string)>(
            "SELECT workspace_id, id, owner_member_id FROM key_results WHERE kr_key = @keyResultKey", new { keyResultKey });
        await using var session = await db.Database.OpenSessionAsync(Ct);
        await session.CheckIns.AddAsync(
            new CheckIn
            {
                Id = Ids.New(),
                WorkspaceId = workspaceId,
                KeyResultId = keyResultId,
                AuthorMemberId = ownerId,
                Quarter = new Quarter(2026, 4),
                WeekNumber = 2,
                Value = 2.4m,
                Confidence = Confidence.OnTrack,
                Source = ChatPlatform.Playground,
                RecordedAt = db.Time.GetUtcNow(),
            },
            Ct);
    }

    private static async Task AddAnswerAsync(TemporaryDatabase db, string keyResultKey)
    {
        await using var connection = await db.Database.OpenAsync(Ct);
        var (workspaceId, keyResultId, ownerId) = await connection.QuerySingleAsync<(string, string, string)>(
            "SELECT workspace_id, id, owner_member_id FROM key_results WHERE kr_key = @keyResultKey", new { keyResultKey });
        await using var session = await db.Database.OpenSessionAsync(Ct);
        await session.Answers.AddAsync(
            new ReviewAnswer(Ids.New(), workspaceId, "weekly-check-in", "why-off-target", ownerId, new Quarter(2026, 4), 2, keyResultId, "Checkout broke for a week", db.Time.GetUtcNow()),
            Ct);
    }

    private static async Task<List<string>> IdsAsync(TemporaryDatabase db, string table, string column = "id")
    {
        await using var connection = await db.Database.OpenAsync(Ct);
        // Table and column names come from the test itself, never from input.
        return [.. await connection.QueryAsync<string>($"SELECT {column} FROM {table} ORDER BY {column}")];
    }

    private static async Task<string> DumpAsync(TemporaryDatabase db)
    {
        await using var connection = await db.Database.OpenAsync(Ct);
        var lines = new List<string>();
        foreach (var table in Tables)
        {
            var rows = await connection.QueryAsync($"SELECT * FROM {table} ORDER BY 1, 2, 3");
            lines.AddRange(rows.Select(row => table + ": " + string.Join(" | ", ((IDictionary<string, object?>)row).Select(p => $"{p.Key}={p.Value}"))));
        }

        return string.Join('\n', lines);
    }
}
