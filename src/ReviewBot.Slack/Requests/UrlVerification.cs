namespace ReviewBot.Slack.Requests;

/// <summary>The Events API's check that the request URL is ours: answered with its challenge.</summary>
public sealed record UrlVerification(string Challenge) : SlackPayload;
