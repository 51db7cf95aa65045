using System.Text.Json.Nodes;

namespace ReviewBot.Testing;

/// <summary>An acknowledgement the fake Socket Mode server received: which envelope, on which connection, with what payload.</summary>
public sealed record FakeSocketModeAck(string EnvelopeId, int Connection, JsonObject? Payload);
