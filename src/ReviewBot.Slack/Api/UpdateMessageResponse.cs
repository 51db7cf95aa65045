namespace ReviewBot.Slack.Api;

public sealed record UpdateMessageResponse(string Channel, string Ts, string? Text);
