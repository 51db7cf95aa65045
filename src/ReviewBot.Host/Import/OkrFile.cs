using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
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
    IReadOnlyList<string> Warnings);

/// <param name="OwnerEmail">The owner's e-mail from the file, or null when the team owns it.</param>
public sealed record ObjectivePlan(Objective Objective, string? OwnerEmail, IReadOnlyList<KeyResultPlan> KeyResults);

/// <param name="OwnerEmail">The owner's e-mail from the file, or null when the team owns it.</param>
public sealed record KeyResultPlan(KeyResult KeyResult, string? OwnerEmail);
