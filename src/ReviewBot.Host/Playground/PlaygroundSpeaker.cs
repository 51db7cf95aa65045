using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Host.Playground;

/// <summary>Someone the page speaks as: which playground workspace and team they are in.</summary>
internal sealed record PlaygroundSpeaker(Workspace Workspace, Team Team, Member Member);
