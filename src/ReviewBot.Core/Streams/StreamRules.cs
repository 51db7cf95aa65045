namespace ReviewBot.Core.Streams;

/// <summary>How a team reviews its live streams: when the prompt goes, how long the crew has, and what each stream aims for.</summary>
public sealed record StreamRules
{
    public static StreamRules Default { get; } = new();

    /// <summary>How long after a stream ends its host and crew are asked to review it.</summary>
    public TimeSpan ReviewDelay { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long after the prompt the summary is posted with whatever is in, naming who is missing.</summary>
    public TimeSpan AnswerWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The template a stream is reviewed with unless it names another.</summary>
    public string TemplateId { get; init; } = Dialogs.ReviewTemplates.LiveStream.Id;

    /// <summary>
    /// What one stream aims for, by the id of the template's number question ("gmv", "orders", "conversion"):
    /// the summary sets each stream's numbers against these. GMV targets are in the team's reporting currency.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> Targets { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);
}
