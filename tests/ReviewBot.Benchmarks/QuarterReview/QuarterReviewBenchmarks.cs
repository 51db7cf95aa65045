using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Reviews;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Benchmarks.QuarterReview;

/// <summary>
/// The quarter review of <see cref="LargeTeam"/> (65,000 check-ins), built the way the bot posts it to the team's
/// channel: the engine's own call, reading the quarter and the one before from a real database, working out the
/// figures and writing the four steps. Targets (issue 13): under 150 ms and 100 MB allocated on either engine.
/// <see cref="ReadAsync"/> is the reading alone; the other steps, and the charts that go with the review when a report
/// host is configured, are measured apart in <see cref="QuarterReviewInMemoryBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[InProcessJob(warmupCount: 3, iterationCount: 10)]
public class QuarterReviewBenchmarks
{
    private TemporaryDatabase? _database;
    private ReviewStore? _store;
    private ConversationEngine? _engine;
    private Team? _team;

    [Params(StorageProvider.Sqlite, StorageProvider.Postgres)]
    public StorageProvider Provider { get; set; }

    [GlobalSetup]
    public async Task SeedAsync()
    {
        var seeding = Stopwatch.StartNew();
        _database = await TemporaryDatabase.MigratedAsync(Provider, CancellationToken.None);
        _team = await LargeTeam.WriteAsync(_database.Database, CancellationToken.None);
        Console.WriteLine($"// Seeded {Provider} in {seeding.Elapsed.TotalSeconds:0.0} s");
        _store = new ReviewStore(_database.Database, TimeProvider.System);
        _engine = new ConversationEngine(_store, new FakeTimeProvider(LargeTeam.ReviewedAt));
        // A benchmark of a review that read nothing would measure nothing: check it shows every key result.
        var first = Stopwatch.StartNew();
        var review = await PostAsync();
        Console.WriteLine($"// First review on {Provider} in {first.Elapsed.TotalMilliseconds:0} ms");
        var results = review.Sections.Single(s => s.Title == "2. Results against goals").Facts.Count;
        if (results != LargeTeam.MemberCount * LargeTeam.KeyResultsPerMember)
        {
            throw new InvalidOperationException($"The review shows {results} key results, not {LargeTeam.MemberCount * LargeTeam.KeyResultsPerMember}.");
        }
    }

    [Benchmark]
    public Task<MessageReply> PostAsync() => _engine!.QuarterReviewPostAsync(_team!, LargeTeam.Quarter, CancellationToken.None);

    /// <summary>What the review reads: the team's members and leave, this quarter's and last quarter's OKRs, check-ins and answers.</summary>
    [Benchmark]
    public Task<(QuarterData Quarter, QuarterData Previous)> ReadAsync() => QuarterData.LoadForReviewAsync(_store!, _team!, LargeTeam.Quarter, CancellationToken.None);

    [GlobalCleanup]
    public async Task DropAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
