namespace ReviewBot.Core.Dialogs;

/// <summary>
/// Finds the template a team answers by its id: one the bot ships with, or one the team wrote in its team file.
/// Built-in ids win, so a team file cannot shadow the live-stream review the summaries read.
/// </summary>
public static class TemplateLookup
{
    public static async Task<ReviewTemplate?> FindAsync(ITeamTemplates templates, string workspaceId, string teamId, string templateId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(templates);
        if (ReviewTemplates.Find(templateId) is { } builtIn)
        {
            return builtIn;
        }

        var own = await templates.TeamTemplatesAsync(workspaceId, teamId, cancellationToken);
        return own.FirstOrDefault(t => t.Id == templateId)?.ToTemplate();
    }
}
