using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Reviews;
using ReviewBot.Storage;

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
    private ReviewStore? _store;
    private ConversationEngine? _engine;
    private Team? _team;

    [Params(StorageProvider.Sqlite, StorageProvider.Postgres)]
    public StorageProvider Provider { get; set; }

    [GlobalSetup]
    public async Task SeedAsync()
    {
        (var database, _team) = await SeededDatabases.ForAsync(Provider);
        _store = new ReviewStore(database.Database, TimeProvider.System);
        _engine = new ConversationEngine(_store, new FakeTimeProvider(LargeTeam.ReviewedAt));
        // A benchmark of a review that read nothing would measure nothing: check it shows every key result.
        var review = await PostAsync();
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
}
