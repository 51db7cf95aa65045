namespace ReviewBot.Slack.Requests;

/// <summary>
/// Something Slack sent, verified and parsed into what the bot acts on. The router picks its handler by
/// this record's type, the same whether it came over HTTP or inside a Socket Mode envelope.
/// </summary>
public abstract record SlackPayload;
