using System.Text;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Commands;

/// <summary><c>review plan export [2027-Q1]</c>: the quarter's OKRs as the team file the import reads back unchanged.</summary>
internal sealed class PlanExportCommand(IReviewStore store)
{
    private IReviewStore Store { get; } = store;

    public async Task<IReadOnlyList<Reply>> RunAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(args);
        var culture = speaker.Culture;
        if (!speaker.IsManager)
        {
            return Replies.ManagersOnly(PlanExportText.ManagersOnlyExport(culture), culture);
        }

        var planned = PlanningQuarter.For(speaker);
        var quarter = planned;
        if (args.Count == 1 && Quarter.TryParse(args[0], out var named))
        {
            quarter = named;
        }
        else if (args.Count > 0)
        {
            return Replies.Say(PlanExportText.ExportArgumentsUnread(culture, string.Join(' ', args)), PlanExportText.ExportArgumentsHowTo(culture, planned.Id, planned.Next().Id));
        }

        var (workspaceId, team) = (speaker.Member.WorkspaceId, speaker.Team);
        var objectives = await Store.ObjectivesAsync(workspaceId, team.Id, quarter, cancellationToken);
        if (objectives.Count == 0)
        {
            return Replies.Say(PlanExportText.NothingToExport(culture, quarter.Id), PlanExportText.NothingToExportHowTo(culture, quarter.Id));
        }

        // Read afresh, not from the speaker: the file is the whole team as stored now, its rates and settings included.
        var stored = await Store.FindTeamAsync(workspaceId, team.Id, cancellationToken) ?? team;
        var members = await Store.MembersAsync(workspaceId, team.Id, cancellationToken);
        var streams = await StreamsAsync(speaker, stored, quarter, cancellationToken);
        if (await ProblemsAsync(speaker, stored, quarter, objectives, members, streams, cancellationToken) is { } problems)
        {
            return [problems];
        }

        var workspace = await Store.WorkspaceAsync(workspaceId, cancellationToken)
            ?? throw new InvalidOperationException($"Workspace {workspaceId} of team {team.Id} is not stored.");
        var templates = await Store.TeamTemplatesAsync(workspaceId, team.Id, cancellationToken);
        var yaml = OkrFileText.Write(workspace, stored, quarter, members, objectives, templates, streams);
        var fileName = OkrFileText.FileName(stored, quarter);
        var title = PlanExportText.ExportFileTitle(culture, stored.Name, quarter.Id);
        return
        [
            new MessageReply
            {
                Headline = PlanExportText.ExportSentToYou(culture, stored.Name, quarter.Id),
                Context = [PlanExportText.ExportSentToYouWhy(culture)],
            },
            new MessageReply
            {
                Headline = PlanExportText.ExportHeadline(culture, stored.Name, quarter.Id),
                Sections =
                [
                    Section.Paragraph(PlanExportText.ExportCounts(culture, objectives.Count, objectives.Sum(o => o.KeyResults.Count), members.Count)),
                    Section.Paragraph(PlanExportText.ExportHowToImport(culture, $"dotnet run --project src/ReviewBot.Host -- import {fileName}", "--dry-run")),
                ],
                Context = [PlanExportText.ExportLeavesOut(culture)],
                Files = [new MessageFile(fileName, OkrFileText.ContentType, Encoding.UTF8.GetBytes(yaml), title)],
                // The file names every member with their e-mail and chat ids: it goes to the manager alone, in their
                // direct messages, whichever channel the command was typed in (Teams posts a reply in its channel).
                ToMemberId = speaker.Member.Id,
            },
        ];
    }

    /// <summary>
    /// The team's stream rules and the keyed streams an import of the file would otherwise call off: every one not
    /// called off from the quarter's start (or now, if that is earlier) on, next quarters' included. Null when the team
    /// has set no stream rules and scheduled no such stream.
    /// </summary>
    private async Task<TeamFileStreams?> StreamsAsync(Speaker speaker, Team team, Quarter quarter, CancellationToken cancellationToken)
    {
        var rules = await Store.StreamRulesAsync(team.WorkspaceId, team.Id, cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var starts = team.Calendar.StartsAt(quarter, zone);
        var from = starts < speaker.Now ? starts : speaker.Now;
        var stored = await Store.StreamsAsync(team.WorkspaceId, team.Id, from, team.Calendar.EndsAt(quarter, zone).AddYears(100), cancellationToken);
        var schedule = stored.Where(s => s.Key is not null && s.CancelledAt is null && s.StartsAt >= from).ToList();
        var defaults = StreamRules.Default;
        var unset = rules.ReviewDelay == defaults.ReviewDelay && rules.AnswerWindow == defaults.AnswerWindow && rules.TemplateId == defaults.TemplateId && rules.Targets.Count == 0;
        return unset && schedule.Count == 0 ? null : new TeamFileStreams(rules, schedule);
    }

    /// <summary>
    /// What would make the import refuse the file: an active member without an e-mail (the file names people by it),
    /// an objective or key result owned by someone who has left, or a currency without the quarter's exchange rate.
    /// Null when there is nothing of the kind.
    /// </summary>
    private async Task<MessageReply?> ProblemsAsync(
        Speaker speaker, Team team, Quarter quarter, IReadOnlyList<Objective> objectives, IReadOnlyList<Member> members, TeamFileStreams? streams, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        var missingRates = team.ExchangeRates.MissingFor(objectives.SelectMany(o => o.KeyResults).Select(k => k.Unit), team.ReportingCurrency, quarter);
        var active = members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var withoutEmail = members.Where(m => string.IsNullOrWhiteSpace(m.Email)).Select(m => PlanExportText.MemberWithoutEmail(culture, m.Name)).ToList();
        var owned = objectives.Select(o => (o.Title, o.OwnerMemberId)).Concat(objectives.SelectMany(o => o.KeyResults).Select(k => (k.Title, k.OwnerMemberId)));
        var departed = owned.Where(o => o.OwnerMemberId is { } id && !active.Contains(id)).ToList();
        var crewGone = (streams?.Schedule ?? []).SelectMany(s => s.Reviewers.Where(id => !active.Contains(id)).Select(id => (s.Title, MemberId: id))).ToList();
        if (withoutEmail.Count == 0 && departed.Count == 0 && crewGone.Count == 0 && missingRates.Count == 0)
        {
            return null;
        }

        var everyone = departed.Count + crewGone.Count == 0 ? [] : await Store.AllMembersAsync(speaker.Member.WorkspaceId, speaker.Team.Id, cancellationToken);
        string NameOf(string id) => everyone.FirstOrDefault(m => m.Id == id)?.Name ?? id;
        var lines = withoutEmail
            .Concat(departed.Select(o => PlanExportText.OwnerLeftTeam(culture, o.Title, NameOf(o.OwnerMemberId!))))
            .Concat(crewGone.Select(s => PlanExportText.StreamPersonLeftTeam(culture, s.Title, NameOf(s.MemberId))))
            .Concat(missingRates.Select(code => PlanExportText.NoExchangeRate(culture, code, quarter.Id, team.ReportingCurrency)));
        var context = new List<string>();
        if (missingRates.Count > 0)
        {
            context.Add(PlanExportText.ExportBlockedFixRates(culture, quarter.Id));
        }

        if (departed.Count > 0)
        {
            context.Add(PlanExportText.ExportBlockedFixOwners(culture));
        }

        if (crewGone.Count > 0)
        {
            context.Add(PlanExportText.ExportBlockedFixStreams(culture));
        }

        if (withoutEmail.Count > 0)
        {
            context.Add(PlanExportText.ExportBlockedFixEmails(culture));
        }

        return new MessageReply
        {
            Headline = withoutEmail.Count + departed.Count + crewGone.Count > 0 ? PlanExportText.ExportBlocked(culture, quarter.Id) : PlanExportText.ExportBlockedByRates(culture, quarter.Id),
            Sections = [Section.Paragraph(string.Join('\n', lines))],
            Context = context,
        };
    }
}
