using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Streams;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Host.Import;

/// <summary>
/// A valid OKR file, read into domain records that have no ids yet: the importer matches them to what
/// is stored by their keys (team key, member e-mail, objective and key result keys).
/// </summary>
public sealed record OkrFile(
    ChatPlatform Platform,
    string WorkspaceExternalId,
    string WorkspaceName,
    Team Team,
    Quarter Quarter,
    IReadOnlyList<Member> Members,
    IReadOnlyList<ObjectivePlan> Objectives,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The team's own review templates, the file's whole list; null when the file has no templates section (the stored ones stay).</summary>
    public IReadOnlyList<TemplateDefinition>? Templates { get; init; }

    /// <summary>How the team reviews its live streams and which it has scheduled; null when the file has no streams section.</summary>
    public StreamPlan? Streams { get; init; }
}

/// <summary>The file's streams section: the team's stream rules and its scheduled streams, matched to stored ones by key.</summary>
public sealed record StreamPlan(StreamRules Rules, IReadOnlyList<ScheduledStreamPlan> Schedule);

/// <param name="Stream">The stream without ids: the importer fills in the team's and the members'.</param>
public sealed record ScheduledStreamPlan(LiveStream Stream, string HostEmail, IReadOnlyList<string> CrewEmails);

/// <param name="OwnerEmail">The owner's e-mail from the file, or null when the team owns it.</param>
public sealed record ObjectivePlan(Objective Objective, string? OwnerEmail, IReadOnlyList<KeyResultPlan> KeyResults);

/// <param name="OwnerEmail">The owner's e-mail from the file, or null when the team owns it.</param>
public sealed record KeyResultPlan(KeyResult KeyResult, string? OwnerEmail);
