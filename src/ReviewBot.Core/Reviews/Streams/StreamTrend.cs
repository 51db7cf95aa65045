using ReviewBot.Core.Dialogs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Reviews.Streams;

/// <summary>
/// A quarter of a team's live streams side by side: every stream that ran (not cancelled) and has at least one
/// answer, its GMV in the team's reporting currency, orders, conversion and average rating; the quarter's
/// totals; and its best and weakest stream. What <c>review streams</c> shows and its chart draws.
/// </summary>
public sealed record StreamTrend
{
    public required Team Team { get; init; }

    public required Quarter Quarter { get; init; }

    /// <summary>The reviewed streams, by start.</summary>
    public required IReadOnlyList<StreamTrendLine> Streams { get; init; }

    /// <summary>Streams of the quarter that ran and have no answer yet.</summary>
    public required int NotReviewed { get; init; }

    public decimal? TotalGmv => Sum(Streams.Select(s => s.Gmv));

    public decimal? TotalOrders => Sum(Streams.Select(s => s.Orders));

    public decimal? AverageConversion => Average(Streams.Select(s => s.Conversion));

    public decimal? AverageRating => Average(Streams.Select(s => s.AverageRating));

    /// <summary>The currencies of streams whose GMV is left out of the totals, having no rate to the reporting currency.</summary>
    public IReadOnlyList<string> CurrenciesWithoutRate => [.. Streams.Where(s => s.LacksRate).Select(s => s.Stream.Currency).Distinct(StringComparer.Ordinal)];

    /// <summary>The stream with the most GMV, or where no GMV is known the best rated; null with fewer than two streams.</summary>
    public StreamTrendLine? Best => Ranked().LastOrDefault();

    public StreamTrendLine? Weakest => Ranked().FirstOrDefault();

    /// <summary>"ExportSales-2026-Q4-streams", the name the chart's file goes by.</summary>
    public string FileStem => $"{new string([.. Team.Name.Where(char.IsLetterOrDigit)])}-{Quarter}-streams";

    public static async Task<StreamTrend> LoadAsync(Conversation.IReviewStore store, Team team, Quarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(team);
        var templates = await StreamTemplates.LoadAsync(store, team, cancellationToken);
        var streams = (await store.QuarterStreamsAsync(team.WorkspaceId, team.Id, quarter, cancellationToken)).Where(s => s.CancelledAt is null).ToList();
        var answers = streams.Count == 0 ? [] : await store.StreamAnswersAsync(team.WorkspaceId, [.. streams.Select(s => s.Id)], cancellationToken);
        var figures = streams.Select(s => StreamFigures.Of(s, templates.Of(s), answers)).ToList();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        return new StreamTrend
        {
            Team = team,
            Quarter = quarter,
            Streams = [.. figures.Where(f => f.Answered).Select(f => StreamTrendLine.Of(f, team, zone))],
            NotReviewed = figures.Count(f => !f.Answered),
        };
    }

    private IEnumerable<StreamTrendLine> Ranked()
    {
        if (Streams.Count < 2)
        {
            return [];
        }

        return Streams.Any(s => s.Gmv is not null)
            ? Streams.Where(s => s.Gmv is not null).OrderBy(s => s.Gmv).ThenBy(s => s.AverageRating ?? 0m)
            : Streams.Where(s => s.AverageRating is not null).OrderBy(s => s.AverageRating);
    }

    private static decimal? Sum(IEnumerable<decimal?> values)
    {
        var known = values.OfType<decimal>().ToList();
        return known.Count == 0 ? null : known.Sum();
    }

    private static decimal? Average(IEnumerable<decimal?> values)
    {
        var known = values.OfType<decimal>().ToList();
        return known.Count == 0 ? null : known.Average();
    }
}

/// <param name="Day">The day it ran, in the team's zone.</param>
/// <param name="Gmv">Its GMV in the team's reporting currency; null when not given or when there is no rate.</param>
/// <param name="HighestRating">The top of its template's rating scale, 5 for the built-in review.</param>
public sealed record StreamTrendLine(LiveStream Stream, DateOnly Day, decimal? Gmv, bool LacksRate, decimal? Orders, decimal? Conversion, decimal? AverageRating, int HighestRating)
{
    public static StreamTrendLine Of(StreamFigures figures, Team team, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(team);
        var gmv = figures.Comparable(StreamMetrics.Gmv, team);
        return new StreamTrendLine(
            figures.Stream,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(figures.Stream.StartsAt, zone).DateTime),
            gmv,
            gmv is null && figures.Numbers.ContainsKey(StreamMetrics.Gmv),
            figures.Numbers.TryGetValue(StreamMetrics.Orders, out var orders) ? orders : null,
            figures.Numbers.TryGetValue(StreamMetrics.Conversion, out var conversion) ? conversion : null,
            figures.AverageRating,
            figures.Template.Questions.OfType<RatingQuestion>().Select(q => q.Highest).DefaultIfEmpty(5).Max());
    }
}
