namespace ReviewBot.Slack.SocketMode;

/// <summary>Why a connection is on its way out: Slack asked (a <c>disconnect</c> with its reason), or the socket ended.</summary>
public sealed record SocketModeEnd(string Reason, bool AskedBySlack);
