namespace ReviewBot.Slack.Requests;

/// <summary>Slack's occasional check of the commands URL's certificate: nothing to do but answer 200, so no handler takes it.</summary>
public sealed record SslCheck : SlackPayload;
