namespace ReviewBot.Host.Scheduling;

public enum DeliveryStatus
{
    /// <summary>Another job holds the delivery, or it is finished already: this attempt did nothing.</summary>
    NotTaken,
    Sent,
    Skipped,
    Retrying,
    Failed,
}

/// <summary>What one attempt at a delivery came to, as recorded and as an operator's <c>run</c> prints it.</summary>
public sealed record DeliveryOutcome(DeliveryStatus Status, string? Reason = null, string? MessageRef = null, DateTimeOffset? RetryAt = null)
{
    /// <summary>Who it was for, as a person reads it: the member's name, or the team's channel.</summary>
    public string? Recipient { get; init; }

    public static DeliveryOutcome NotTaken { get; } = new(DeliveryStatus.NotTaken);

    public static DeliveryOutcome Sent(string? messageRef) => new(DeliveryStatus.Sent, MessageRef: messageRef);

    public static DeliveryOutcome Skipped(string reason) => new(DeliveryStatus.Skipped, reason);

    public static DeliveryOutcome Failed(string reason) => new(DeliveryStatus.Failed, reason);

    public static DeliveryOutcome Retry(string reason, DateTimeOffset at) => new(DeliveryStatus.Retrying, reason, RetryAt: at);
}
