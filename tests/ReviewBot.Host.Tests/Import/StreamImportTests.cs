using Microsoft.Extensions.Time.Testing;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Import;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Import;

/// <summary>The live-selling team file written to the database: its template, stream rules and schedule, matched by key on re-import.</summary>
public class StreamImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string LiveSelling => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Import", "Files", "live-selling.yaml"));

    /// <summary>Friday 20 November 2026, before every stream in the file.</summary>
    private static FakeTimeProvider Time() => new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));

    private static OkrFile Read(string yaml)
    {
        var (file, errors) = OkrFileReader.Read(yaml);
        return file ?? throw new InvalidOperationException($"The test file is invalid: {string.Join("; ", errors)}");
    }

    private static async Task<(string WorkspaceId, string TeamId, Dictionary<string, string> MemberIds)> TeamAsync(TemporaryDatabase db)
    {
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var workspace = await session.Workspaces.FindAsync(ChatPlatform.Playground, "demo-live", Ct);
        var team = await session.Teams.FindByKeyAsync(workspace!.Id, "live-selling", Ct);
        var members = await session.Teams.MembersAsync(workspace.Id, team!.Id, Ct);
        return (workspace.Id, team.Id, members.ToDictionary(m => m.Email!, m => m.Id));
    }

    [Fact]
    public async Task Imports_the_live_selling_demo_with_its_template_stream_rules_schedule_and_fed_key_results()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var time = Time();

        var summary = await new OkrImporter(db.Database, time).ImportAsync(Read(LiveSelling), dryRun: false, Ct);

        Assert.Equal(new ImportSummary.Counts(Created: 3), summary["streams"]);
        Assert.Equal(new ImportSummary.Counts(Created: 1), summary["templates"]);
        Assert.Equal(new ImportSummary.Counts(Updated: 1), summary["stream rules"]);
        var (workspaceId, teamId, members) = await TeamAsync(db);
        var store = new ReviewStore(db.Database, time);
        var streams = await store.QuarterStreamsAsync(workspaceId, teamId, new Quarter(2026, 4), Ct);
        Assert.Equal(["winter-coats-1", "boots-night", "accessories-quick"], streams.Select(s => s.Key));
        var first = streams[0];
        Assert.Equal((members["zhou.min@example.com"], "EUR", 10), (first.HostMemberId, first.Currency, first.WeekNumber));
        Assert.Equal([members["chen.jie@example.com"]], first.CrewMemberIds);
        Assert.Equal("quick-stream", streams[2].TemplateId);
        var rules = await store.StreamRulesAsync(workspaceId, teamId, Ct);
        Assert.Equal(40_000m, rules.Targets["gmv"]);
        Assert.Equal("quick-stream", Assert.Single(await store.TeamTemplatesAsync(workspaceId, teamId, Ct)).Id);
        var objectives = await store.ObjectivesAsync(workspaceId, teamId, new Quarter(2026, 4), Ct);
        Assert.Equal(new KeyResultFeed("gmv"), objectives.SelectMany(o => o.KeyResults).Single(k => k.Key == "live-gmv").Feed);
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var importer = new OkrImporter(db.Database, Time());
        await importer.ImportAsync(Read(LiveSelling), dryRun: false, Ct);

        var summary = await importer.ImportAsync(Read(LiveSelling), dryRun: false, Ct);

        Assert.False(summary.ChangedAnything, string.Join("; ", summary.Lines()));
        Assert.Equal(new ImportSummary.Counts(Unchanged: 3), summary["streams"]);
    }

    [Fact]
    public async Task A_reimport_moves_a_stream_found_by_its_key_and_calls_off_a_future_one_the_file_dropped()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var time = Time();
        var importer = new OkrImporter(db.Database, time);
        await importer.ImportAsync(Read(LiveSelling), dryRun: false, Ct);
        var (workspaceId, teamId, _) = await TeamAsync(db);
        var store = new ReviewStore(db.Database, time);
        var before = await store.QuarterStreamsAsync(workspaceId, teamId, new Quarter(2026, 4), Ct);
        var edited = LiveSelling
            .Replace("start: \"2026-12-10 20:00\"", "start: \"2026-12-11 19:30\"", StringComparison.Ordinal)
            .Replace("      template: quick-stream\n", "", StringComparison.Ordinal)
            .Replace("    - key: accessories-quick\n      title: 配饰快闪\n      start: \"2026-12-17 21:00\"\n      duration: 45m\n      host: zhou.min@example.com\n", "", StringComparison.Ordinal);

        var summary = await importer.ImportAsync(Read(edited), dryRun: false, Ct);

        Assert.Equal(new ImportSummary.Counts(Updated: 1, Unchanged: 1, Removed: 1), summary["streams"]);
        var after = await store.QuarterStreamsAsync(workspaceId, teamId, new Quarter(2026, 4), Ct);
        var moved = after.Single(s => s.Key == "boots-night");
        Assert.Equal(before.Single(s => s.Key == "boots-night").Id, moved.Id);
        Assert.Equal(new DateTimeOffset(2026, 12, 11, 19, 30, 0, TimeSpan.FromHours(8)), moved.StartsAt);
        Assert.Equal(time.GetUtcNow(), after.Single(s => s.Key == "accessories-quick").CancelledAt);
        Assert.Null(after.Single(s => s.Key == "winter-coats-1").CancelledAt);
        Assert.Contains(summary.Notes, n => n.Contains("配饰快闪", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dry_run_counts_the_streams_and_templates_and_stores_none()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var time = Time();
        var importer = new OkrImporter(db.Database, time);
        await importer.ImportAsync(Read(LiveSelling.Replace("      crew: [chen.jie@example.com]\n", "", StringComparison.Ordinal)), dryRun: false, Ct);
        var (workspaceId, teamId, _) = await TeamAsync(db);
        var store = new ReviewStore(db.Database, time);

        var summary = await importer.ImportAsync(Read(LiveSelling), dryRun: true, Ct);

        Assert.Equal(new ImportSummary.Counts(Updated: 1, Unchanged: 2), summary["streams"]);
        var first = (await store.QuarterStreamsAsync(workspaceId, teamId, new Quarter(2026, 4), Ct)).Single(s => s.Key == "winter-coats-1");
        Assert.Empty(first.CrewMemberIds);
    }
}
