using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Requests;

/// <summary>The JSON in an interactivity request's <c>payload</c> field: a button press or a modal submission.</summary>
public sealed record InteractionPayload
{
    public required string Type { get; init; }

    public required IdOnly Team { get; init; }

    public required IdOnly User { get; init; }

    public string? TriggerId { get; init; }

    public string? ResponseUrl { get; init; }

    public IdOnly? Channel { get; init; }

    public MessageRef? Message { get; init; }

    public IReadOnlyList<BlockAction>? Actions { get; init; }

    public ViewPayload? View { get; init; }

    /// <summary>Null when the payload is not JSON or lacks what every payload has.</summary>
    public static InteractionPayload? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize<InteractionPayload>(json, Api.SlackJson.Options);
            return payload is { Type.Length: > 0, Team.Id.Length: > 0, User.Id.Length: > 0 }
                && (payload.Actions is null || payload.Actions.All(a => a is { ActionId.Length: > 0 }))
                // Only a submission is about its view; a button in App Home carries the home view, whose callback_id is "".
                && (payload.Type != "view_submission" || payload.View is { Id.Length: > 0, CallbackId.Length: > 0 })
                    ? payload
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The typed payload the router dispatches: a button press, a modal submission, or one it only acknowledges.</summary>
    public SlackPayload ToPayload() => this switch
    {
        { Type: "block_actions", Actions: [var action, ..] } => new BlockActions(
            Team.Id, User.Id, action.ActionId, action.Value, Channel?.Id, Message?.Ts, TriggerId, SlackResponseUrl.TryRead(ResponseUrl)),
        { Type: "view_submission", View: { } view } => new ViewSubmission(
            Team.Id, User.Id, view.Id, view.Hash, view.CallbackId, view.PrivateMetadata, view.FormValues()),
        _ => new UnhandledInteraction(Team.Id, User.Id, Type),
    };

    public sealed record IdOnly(string Id);

    public sealed record MessageRef(string Ts);

    public sealed record BlockAction(string ActionId, string? Value);

    public sealed record ViewPayload(string Id, string? Hash, string CallbackId, string? PrivateMetadata, ViewState? State)
    {
        /// <summary>The submitted inputs keyed by block id (= form field id): typed text, or the chosen option's value.</summary>
        public IReadOnlyDictionary<string, string> FormValues()
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (blockId, actions) in State?.Values ?? [])
            {
                foreach (var (_, element) in actions ?? [])
                {
                    var value = Text(element?["type"]) switch
                    {
                        "static_select" or "radio_buttons" => Text(element?["selected_option"]?["value"]),
                        _ => Text(element?["value"]),
                    };
                    if (value is not null)
                    {
                        values[blockId] = value;
                    }
                }
            }

            return values;
        }

        /// <summary>A string value, or null for anything else a malformed payload might hold there.</summary>
        private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    public sealed record ViewState(Dictionary<string, Dictionary<string, JsonObject>> Values);
}
