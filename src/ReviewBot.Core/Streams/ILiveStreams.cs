using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Streams;

/// <summary>A team's live streams, how it reviews them, and what their reviews answered. Every call names its workspace.</summary>
public interface ILiveStreams
{
    /// <summary>Stores a new stream; false when the team already has one with the same key (from the file) or the same title and start.</summary>
    Task<bool> AddStreamAsync(LiveStream stream, CancellationToken cancellationToken);

    /// <summary>Replaces a stored stream (rescheduled from the file, review asked for now, cancelled); false when it is not stored.</summary>
    Task<bool> UpdateStreamAsync(LiveStream stream, CancellationToken cancellationToken);

    Task<LiveStream?> StreamAsync(string workspaceId, string streamId, CancellationToken cancellationToken);

    /// <summary>The team's streams starting in [<paramref name="from"/>, <paramref name="until"/>), cancelled ones included, by start.</summary>
    Task<IReadOnlyList<LiveStream>> StreamsAsync(string workspaceId, string teamId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>The team's streams counted in <paramref name="quarter"/>, cancelled ones included, by start.</summary>
    Task<IReadOnlyList<LiveStream>> QuarterStreamsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>
    /// The answers recorded about these streams (<see cref="ReviewAnswer.SubjectId"/>), each member's latest
    /// submission for a stream replacing their earlier one.
    /// </summary>
    Task<IReadOnlyList<ReviewAnswer>> StreamAnswersAsync(string workspaceId, IReadOnlyCollection<string> streamIds, CancellationToken cancellationToken);

    /// <summary>The team's stream rules; <see cref="StreamRules.Default"/> when it has set none.</summary>
    Task<StreamRules> StreamRulesAsync(string workspaceId, string teamId, CancellationToken cancellationToken);

    Task SaveStreamRulesAsync(string workspaceId, string teamId, StreamRules rules, CancellationToken cancellationToken);
}
