using System.Text.Json.Nodes;

namespace ReviewBot.Teams.Handlers;

/// <summary>What the HTTP response to an activity carries: nothing for most, the invoke response for an invoke.</summary>
public sealed record InvokeResult(int Status, JsonObject? Body)
{
    public static InvokeResult Accepted { get; } = new(200, null);
}
