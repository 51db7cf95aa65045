using ReviewBot.Core.Dialogs;

namespace ReviewBot.Core.Reviews.Streams;

/// <summary>
/// The template a stream was reviewed with: a built-in one by its id, else the team's own from its team file.
/// A stream whose template the team has since removed is read with the built-in live-stream review, whose
/// question ids its answers most likely carry.
/// </summary>
internal sealed class StreamTemplates(IReadOnlyList<TemplateDefinition> teamTemplates)
{
    private readonly Dictionary<string, ReviewTemplate> _resolved = new(StringComparer.Ordinal);

    public static async Task<StreamTemplates> LoadAsync(ITeamTemplates store, People.Team team, CancellationToken cancellationToken) =>
        new(await store.TeamTemplatesAsync(team.WorkspaceId, team.Id, cancellationToken));

    public ReviewTemplate Of(Core.Streams.LiveStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!_resolved.TryGetValue(stream.TemplateId, out var template))
        {
            template = ReviewTemplates.Find(stream.TemplateId)
                ?? teamTemplates.FirstOrDefault(t => t.Id == stream.TemplateId)?.ToTemplate()
                ?? ReviewTemplates.LiveStream;
            _resolved[stream.TemplateId] = template;
        }

        return template;
    }
}
