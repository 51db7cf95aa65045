namespace ReviewBot.Host.Scheduling;

/// <summary>
/// The clock leases and backoffs are kept by. The host's own clock, except in <c>run --now</c>, where planning
/// runs at the given instant but leases must still be real time: a host running beside it reads them.
/// </summary>
public sealed record LeaseClock(TimeProvider Time);
