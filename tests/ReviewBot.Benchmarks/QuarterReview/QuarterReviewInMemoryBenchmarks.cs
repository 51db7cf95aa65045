using System.Globalization;
using BenchmarkDotNet.Attributes;
using ReviewBot.Core.Reviews;
using ReviewBot.Reports;
using ReviewBot.Storage;
using ReviewBot.Testing;
using Review = ReviewBot.Core.Reviews.Model.QuarterReview;

namespace ReviewBot.Benchmarks.QuarterReview;

/// <summary>
/// The PNG charts posted with <see cref="LargeTeam"/>'s quarter review when a report host is configured, drawn
/// from the review built once: apart from <see cref="QuarterReviewBenchmarks"/>, as they read no database and
/// their cost grows with the number of key results drawn, not the check-ins.
/// </summary>
[MemoryDiagnoser]
[InProcessJob(warmupCount: 1, iterationCount: 5)]
public class QuarterReviewChartBenchmarks
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");
    private readonly ReviewDocuments _documents = new();
    private TemporaryDatabase? _database;
    private Review? _review;

    [GlobalSetup]
    public async Task BuildReviewAsync()
    {
        _database = await TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, CancellationToken.None);
        var team = await LargeTeam.WriteAsync(_database.Database, CancellationToken.None);
        var (data, previous) = await QuarterData.LoadForReviewAsync(new ReviewStore(_database.Database, TimeProvider.System), team, LargeTeam.Quarter, CancellationToken.None);
        _review = Review.Build(data, person: null, LargeTeam.ReviewedAt, previous);
    }

    [Benchmark]
    public Task<byte[]> AttainmentChartAsync() => _documents.AttainmentChartAsync(_review!, Culture, CancellationToken.None);

    [Benchmark]
    public Task<byte[]?> RevenueChartAsync() => _documents.RevenueChartAsync(_review!, Culture, CancellationToken.None);

    [GlobalCleanup]
    public async Task DropAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
