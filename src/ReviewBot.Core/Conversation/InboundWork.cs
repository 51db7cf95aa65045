namespace ReviewBot.Core.Conversation;

/// <summary>
/// One acknowledged inbound event's remaining work, as stored: its workspace, its event key, what kind of
/// work it is, the typed request it came as (JSON), and how many times a host has taken it.
/// </summary>
public sealed record InboundWork(string WorkspaceId, string EventKey, string Kind, string Payload, int Attempts);
