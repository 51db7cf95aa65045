using BenchmarkDotNet.Attributes;
using ReviewBot.Core.Reviews;
using ReviewBot.Reports;
using ReviewBot.Storage;
using Review = ReviewBot.Core.Reviews.Model.QuarterReview;

namespace ReviewBot.Benchmarks.QuarterReview;

/// <summary>
/// The steps of <see cref="LargeTeam"/>'s quarter review that read no database, from the quarter read once: working
/// out the figures, writing the chat message, and drawing the PNG charts that go with it when a report host is
/// configured. Apart from <see cref="QuarterReviewBenchmarks"/>, so each step's share of the whole shows, and
/// the charts, whose cost grows with the key results drawn rather than the check-ins, are not mixed in. The
/// attainment chart is left out: one 40-pixel bar per key result makes it 1,000 × 200,060 pixels for this team.
/// </summary>
[MemoryDiagnoser]
[InProcessJob(warmupCount: 2, iterationCount: 10)]
public class QuarterReviewInMemoryBenchmarks
{
    private readonly ReviewDocuments _documents = new();
    private QuarterData? _quarter;
    private QuarterData? _previous;
    private Review? _review;

    [GlobalSetup]
    public async Task ReadQuarterAsync()
    {
        var (database, team) = await SeededDatabases.ForAsync(StorageProvider.Sqlite);
        (_quarter, _previous) = await QuarterData.LoadForReviewAsync(new ReviewStore(database.Database, TimeProvider.System), team, LargeTeam.Quarter, CancellationToken.None);
        _review = BuildFigures();
    }

    [Benchmark]
    public Review BuildFigures() => Review.Build(_quarter!, person: null, LargeTeam.ReviewedAt, _previous);

    [Benchmark]
    public object WriteMessage() => QuarterReviewReport.Build(_review!, ChannelCulture.For(_review!.Team));

    [Benchmark]
    public Task<byte[]?> DrawRevenueChartAsync() => _documents.RevenueChartAsync(_review!, ChannelCulture.For(_review!.Team), CancellationToken.None);
}
