using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Handlers;

/// <summary>The one place an acknowledgement becomes the JSON Slack reads, for HTTP and Socket Mode alike.</summary>
public static class SlackAckJson
{
    /// <summary>The acknowledgement's body; null when it has none.</summary>
    public static JsonObject? Payload(SlackAck ack)
    {
        ArgumentNullException.ThrowIfNull(ack);
        return ack switch
        {
            SlackAck.Empty => null,
            SlackAck.Challenge challenge => new JsonObject { ["challenge"] = challenge.Text },
            SlackAck.CommandReply reply => SlackResponder.ResponseBody(reply.Message, reply.Audience, replaceOriginal: false),
            SlackAck.Ephemeral note => new JsonObject { ["response_type"] = "ephemeral", ["text"] = note.Text },
            SlackAck.ViewErrors errors => new JsonObject
            {
                ["response_action"] = "errors",
                ["errors"] = new JsonObject(errors.Errors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))),
            },
            SlackAck.ViewUpdate update => new JsonObject { ["response_action"] = "update", ["view"] = update.View.DeepClone() },
            _ => throw new ArgumentOutOfRangeException(nameof(ack), ack.GetType().Name, "Not an acknowledgement Slack knows."),
        };
    }
}
