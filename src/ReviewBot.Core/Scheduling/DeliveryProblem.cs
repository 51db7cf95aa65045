namespace ReviewBot.Core.Scheduling;

/// <summary>
/// A scheduled message that did not arrive: the channel refused it for good (<see cref="GaveUp"/>), or it
/// failed and is waiting to be tried again. <see cref="Reason"/> is the messenger's own words for a manager.
/// </summary>
/// <param name="MemberId">Whom it was for; null for a post to the team's channel (quarter review, digest).</param>
/// <param name="WeekNumber">Null for what belongs to the whole quarter (retrospective prompt, quarter review).</param>
public sealed record DeliveryProblem(string? MemberId, DeliveryKind Kind, int? WeekNumber, bool GaveUp, string Reason, int Attempts);
