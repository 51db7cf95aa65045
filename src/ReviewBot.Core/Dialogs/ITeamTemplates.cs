namespace ReviewBot.Core.Dialogs;

/// <summary>The review templates a team wrote in its team file. Every call names its workspace.</summary>
public interface ITeamTemplates
{
    Task<IReadOnlyList<TemplateDefinition>> TeamTemplatesAsync(string workspaceId, string teamId, CancellationToken cancellationToken);

    /// <summary>Replaces the team's templates with these (an import writes the file's whole list).</summary>
    Task SaveTeamTemplatesAsync(string workspaceId, string teamId, IReadOnlyList<TemplateDefinition> templates, CancellationToken cancellationToken);
}
