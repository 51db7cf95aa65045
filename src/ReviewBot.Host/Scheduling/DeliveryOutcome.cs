using ReviewBot.Core.Conversation;

namespace ReviewBot.Host.Scheduling;

/// <summary>
/// What one attempt at a delivery came to. Not the delivery's recorded <see cref="Core.Scheduling.DeliveryState"/>:
/// an attempt <see cref="Retrying"/> leaves its delivery claimed, and one <see cref="NotTaken"/> changed nothing.
/// </summary>
public enum AttemptResult
{
    /// <summary>Another job holds the delivery, or it is finished already: this attempt did nothing.</summary>
    NotTaken,
    Sent,
    Skipped,
    Retrying,
    Failed,
}

/// <summary>What one attempt at a delivery came to, as recorded and as an operator's <c>run</c> prints it.</summary>
public sealed record DeliveryOutcome(AttemptResult Result, string? Reason = null, DateTimeOffset? RetryAt = null)
{
    /// <summary>Who it was for, as a person reads it: the member's name, or the team's channel.</summary>
    public string? Recipient { get; init; }

    /// <summary>The direct message a member's delivery went out as; null for a team post.</summary>
    public SentMessage? MemberMessage { get; init; }

    /// <summary>A team post's messages, channel id → where it went.</summary>
    public IReadOnlyDictionary<string, SentMessage> ChannelPosts { get; init; } = new Dictionary<string, SentMessage>(StringComparer.Ordinal);

    public static DeliveryOutcome NotTaken { get; } = new(AttemptResult.NotTaken);

    public static DeliveryOutcome Sent(SentMessage memberMessage) => new(AttemptResult.Sent) { MemberMessage = memberMessage };

    public static DeliveryOutcome Posted(IReadOnlyDictionary<string, SentMessage> channelPosts) => new(AttemptResult.Sent) { ChannelPosts = channelPosts };

    public static DeliveryOutcome Skipped(string reason) => new(AttemptResult.Skipped, reason);

    public static DeliveryOutcome Failed(string reason) => new(AttemptResult.Failed, reason);

    public static DeliveryOutcome Retry(string reason, DateTimeOffset at) => new(AttemptResult.Retrying, reason, RetryAt: at);
}
