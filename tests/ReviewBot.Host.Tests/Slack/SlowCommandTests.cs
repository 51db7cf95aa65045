using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Handlers;
using ReviewBot.Storage;

namespace ReviewBot.Host.Tests.Slack;

public class SlowCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_slow_command_is_acknowledged_within_the_budget_and_finished_through_response_url()
    {
        var gate = new GatedStore();
        await using var host = await SlackHost.StartAsync(Ct, services: services =>
        {
            services.RemoveAll<IReviewStore>();
            services.AddSingleton<IReviewStore>(provider => gate.Over(new ReviewStore(provider.GetRequiredService<Database>(), provider.GetRequiredService<TimeProvider>())));
        });
        gate.Close();

        var request = host.CommandAsync("U0MEILIN", "week", Ct);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        host.Time.Advance(SlackAnswerBudget.Allowance);
        var ack = await (await request.WaitAsync(TimeSpan.FromSeconds(30), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        // Mei reads zh-CN: "Working on it…" in Chinese.
        Assert.Equal("正在处理，请稍等…", ack!["text"]!.GetValue<string>());
        Assert.Empty(host.Slack.CallsTo("response_url"));

        gate.Open();

        var finished = (await host.WaitForCallsAsync("response_url", 1, Ct)).Single();
        Assert.Equal("ephemeral", finished.Json!["response_type"]!.GetValue<string>());
        Assert.StartsWith("Export Sales · 2026-Q4 第 8 周", finished.Json["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_workspace_lookup_counts_against_the_commands_budget()
    {
        var lookups = new GatedWorkspaces();
        var reads = new GatedStore();
        await using var host = await SlackHost.StartAsync(Ct, services: services =>
        {
            services.RemoveAll<IWorkspaceDirectory>();
            services.AddSingleton<IWorkspaceDirectory>(provider => lookups.Over(new WorkspaceDirectory(provider.GetRequiredService<Database>())));
            services.RemoveAll<IReviewStore>();
            services.AddSingleton<IReviewStore>(provider => reads.Over(new ReviewStore(provider.GetRequiredService<Database>(), provider.GetRequiredService<TimeProvider>())));
        });
        lookups.Close();
        reads.Close();

        // The whole allowance goes on finding the workspace, so the engine is not waited for at all: the
        // acknowledgement comes while it is still held, with no more of the clock passing.
        var request = host.CommandAsync("U0MEILIN", "week", Ct);
        await lookups.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        host.Time.Advance(SlackAnswerBudget.Allowance);
        lookups.Open();

        var ack = await (await request.WaitAsync(TimeSpan.FromSeconds(30), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("正在处理，请稍等…", ack!["text"]!.GetValue<string>());
        Assert.Empty(host.Slack.CallsTo("response_url"));

        reads.Open();
        var finished = (await host.WaitForCallsAsync("response_url", 1, Ct)).Single();
        Assert.StartsWith("Export Sales · 2026-Q4 第 8 周", finished.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_button_is_acknowledged_within_the_budget_and_its_form_follows_as_a_button_in_direct_messages()
    {
        var gate = new GatedStore();
        await using var host = await SlackHost.StartAsync(Ct, services: services =>
        {
            services.RemoveAll<IReviewStore>();
            services.AddSingleton<IReviewStore>(provider => gate.Over(new ReviewStore(provider.GetRequiredService<Database>(), provider.GetRequiredService<TimeProvider>())));
        });
        var home = await SlackAppHomeTests.PublishedHomeAsync(host, "U0ANDY");
        await host.WaitForIdleAsync(Ct);
        gate.Close();

        var request = host.InteractAsync(SlackAppHomeTests.HomeButtonPress(home, "U0ANDY", ActionIds.OpenCheckIn, "trigger-slow"), Ct);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        host.Time.Advance(SlackAnswerBudget.Allowance);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await request.WaitAsync(TimeSpan.FromSeconds(30), Ct)).StatusCode);
        Assert.Empty(host.Slack.CallsTo("views.open"));

        // The trigger may be gone by the time the engine answers: the form comes as a button that opens it.
        gate.Open();
        var posted = (await host.WaitForCallsAsync("chat.postMessage", 1, Ct)).Single();
        Assert.Equal("U0ANDY", posted.Arg("channel"));
        Assert.Contains(ActionIds.OpenCheckIn, posted.JsonArg("blocks")!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(host.Slack.CallsTo("views.open"));
    }

    /// <summary>Holds the lookup of a workspace by its Slack team id until the test opens the gate.</summary>
    private sealed class GatedWorkspaces
    {
        private TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public GatedWorkspaces() => _open.SetResult();

        /// <summary>Set by the first lookup since <see cref="Close"/> (the host's start-up looks workspaces up too).</summary>
        public TaskCompletionSource Entered { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Close()
        {
            Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public void Open() => _open.TrySetResult();

        public IWorkspaceDirectory Over(IWorkspaceDirectory inner) => new Gated(inner, this);

        private sealed class Gated(IWorkspaceDirectory inner, GatedWorkspaces gate) : IWorkspaceDirectory
        {
            public async Task<Workspace?> FindAsync(ChatPlatform platform, string externalId, CancellationToken cancellationToken)
            {
                gate.Entered.TrySetResult();
                await gate._open.Task.WaitAsync(cancellationToken);
                return await inner.FindAsync(platform, externalId, cancellationToken);
            }

            public Task<Workspace?> GetAsync(string workspaceId, CancellationToken cancellationToken) => inner.GetAsync(workspaceId, cancellationToken);

            public Task<IReadOnlyList<Workspace>> EnabledAsync(CancellationToken cancellationToken) => inner.EnabledAsync(cancellationToken);

            public Task DisableAsync(string workspaceId, CancellationToken cancellationToken) => inner.DisableAsync(workspaceId, cancellationToken);
        }
    }

    /// <summary>Once closed, holds the engine's first read of the team's members until the test opens the gate.</summary>
    private sealed class GatedStore
    {
        private TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public GatedStore() => _open.SetResult();

        /// <summary>Set by the first read since <see cref="Close"/>.</summary>
        public TaskCompletionSource Entered { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Close()
        {
            Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public void Open() => _open.TrySetResult();

        public IReviewStore Over(IReviewStore inner) => new Gated(inner, this);

        private sealed class Gated(IReviewStore inner, GatedStore gate) : IReviewStore
        {
            public async Task<IReadOnlyList<Member>> MembersByChatIdentityAsync(string workspaceId, ChatPlatform platform, string userId, CancellationToken cancellationToken)
            {
                gate.Entered.TrySetResult();
                await gate._open.Task.WaitAsync(cancellationToken);
                return await inner.MembersByChatIdentityAsync(workspaceId, platform, userId, cancellationToken);
            }

            public Task<IReadOnlyList<Team>> ListTeamsAsync(string workspaceId, CancellationToken cancellationToken) => inner.ListTeamsAsync(workspaceId, cancellationToken);

            public Task<Workspace?> WorkspaceAsync(string workspaceId, CancellationToken cancellationToken) => inner.WorkspaceAsync(workspaceId, cancellationToken);

            public Task<bool> AddStreamAsync(Core.Streams.LiveStream stream, CancellationToken cancellationToken) => inner.AddStreamAsync(stream, cancellationToken);

            public Task<bool> UpdateStreamAsync(Core.Streams.LiveStream stream, CancellationToken cancellationToken) => inner.UpdateStreamAsync(stream, cancellationToken);

            public Task<Core.Streams.LiveStream?> StreamAsync(string workspaceId, string streamId, CancellationToken cancellationToken) => inner.StreamAsync(workspaceId, streamId, cancellationToken);

            public Task<IReadOnlyList<Core.Streams.LiveStream>> StreamsAsync(string workspaceId, string teamId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken) => inner.StreamsAsync(workspaceId, teamId, from, until, cancellationToken);

            public Task<IReadOnlyList<Core.Streams.LiveStream>> QuarterStreamsAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.QuarterStreamsAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task<IReadOnlyList<Core.CheckIns.ReviewAnswer>> StreamAnswersAsync(string workspaceId, IReadOnlyCollection<string> streamIds, CancellationToken cancellationToken) => inner.StreamAnswersAsync(workspaceId, streamIds, cancellationToken);

            public Task<Core.Streams.StreamRules> StreamRulesAsync(string workspaceId, string teamId, CancellationToken cancellationToken) => inner.StreamRulesAsync(workspaceId, teamId, cancellationToken);

            public Task SaveStreamRulesAsync(string workspaceId, string teamId, Core.Streams.StreamRules rules, CancellationToken cancellationToken) => inner.SaveStreamRulesAsync(workspaceId, teamId, rules, cancellationToken);

            public Task<IReadOnlyList<Core.Dialogs.TemplateDefinition>> TeamTemplatesAsync(string workspaceId, string teamId, CancellationToken cancellationToken) => inner.TeamTemplatesAsync(workspaceId, teamId, cancellationToken);

            public Task SaveTeamTemplatesAsync(string workspaceId, string teamId, IReadOnlyList<Core.Dialogs.TemplateDefinition> templates, CancellationToken cancellationToken) => inner.SaveTeamTemplatesAsync(workspaceId, teamId, templates, cancellationToken);

            public Task<Core.Planning.PlanProposal?> ProposalAsync(string workspaceId, string teamId, string memberId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.ProposalAsync(workspaceId, teamId, memberId, quarter, cancellationToken);

            public Task<IReadOnlyList<Core.Planning.PlanProposal>> ProposalsAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.ProposalsAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task<IReadOnlySet<string>> ProposersAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.ProposersAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task<bool> SaveProposalAsync(Core.Planning.PlanProposal proposal, DateTimeOffset? expectedUpdatedAt, CancellationToken cancellationToken) => inner.SaveProposalAsync(proposal, expectedUpdatedAt, cancellationToken);

            public Task<bool> ApproveProposalAsync(Core.Planning.PlanProposal approved, IReadOnlyList<Core.Okrs.Objective> objectives, DateTimeOffset expectedUpdatedAt, CancellationToken cancellationToken) => inner.ApproveProposalAsync(approved, objectives, expectedUpdatedAt, cancellationToken);

            public Task<Core.Planning.TeamPlanTarget?> TeamTargetAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.TeamTargetAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task SaveTeamTargetAsync(Core.Planning.TeamPlanTarget target, CancellationToken cancellationToken) => inner.SaveTeamTargetAsync(target, cancellationToken);

            public Task SaveExchangeRatesAsync(string workspaceId, string teamId, IReadOnlyList<Core.Scoring.ExchangeRate> rates, CancellationToken cancellationToken) => inner.SaveExchangeRatesAsync(workspaceId, teamId, rates, cancellationToken);

            public Task<IReadOnlyList<Core.Lessons.LessonEntry>> SearchLessonsAsync(Core.Lessons.LessonSearch search, CancellationToken cancellationToken) => inner.SearchLessonsAsync(search, cancellationToken);

            public Task<Team?> FindTeamAsync(string workspaceId, string teamId, CancellationToken cancellationToken) => inner.FindTeamAsync(workspaceId, teamId, cancellationToken);

            public Task<Member?> MemberAsync(string workspaceId, string memberId, CancellationToken cancellationToken) => inner.MemberAsync(workspaceId, memberId, cancellationToken);

            public Task<IReadOnlyList<Member>> MembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken) => inner.MembersAsync(workspaceId, teamId, cancellationToken);

            public Task<IReadOnlyList<Member>> AllMembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken) => inner.AllMembersAsync(workspaceId, teamId, cancellationToken);

            public Task<IReadOnlyList<Core.Okrs.Objective>> ObjectivesAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.ObjectivesAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task<IReadOnlyList<Core.CheckIns.CheckIn>> CheckInsAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.CheckInsAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task<IReadOnlyList<Core.CheckIns.CheckIn>> LatestCheckInsAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.LatestCheckInsAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task<IReadOnlyList<Core.Okrs.Objective>> MemberObjectivesAsync(string workspaceId, string teamId, string memberId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.MemberObjectivesAsync(workspaceId, teamId, memberId, quarter, cancellationToken);

            public Task<IReadOnlyList<Core.CheckIns.CheckIn>> KeyResultCheckInsAsync(string workspaceId, IReadOnlyCollection<string> keyResultIds, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.KeyResultCheckInsAsync(workspaceId, keyResultIds, quarter, cancellationToken);

            public Task<bool> CheckedInAsync(string workspaceId, string teamId, string memberId, Core.Periods.Quarter quarter, int weekNumber, CancellationToken cancellationToken) => inner.CheckedInAsync(workspaceId, teamId, memberId, quarter, weekNumber, cancellationToken);

            public Task<IReadOnlyList<Core.CheckIns.ReviewAnswer>> AnswersAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.AnswersAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task<IReadOnlyList<Core.CheckIns.ReviewAnswer>> TemplateAnswersAsync(string workspaceId, string teamId, string templateId, Core.Periods.Quarter quarter, string? memberId, CancellationToken cancellationToken) => inner.TemplateAnswersAsync(workspaceId, teamId, templateId, quarter, memberId, cancellationToken);

            public Task<IReadOnlyDictionary<string, DateTimeOffset>> RetrospectivesRecordedAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.RetrospectivesRecordedAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task<bool> RecordAsync(Core.CheckIns.Submission submission, CancellationToken cancellationToken) => inner.RecordAsync(submission, cancellationToken);

            public Task<Core.Dialogs.DialogState?> DialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken) => inner.DialogAsync(workspaceId, memberId, cancellationToken);

            public Task SaveDialogAsync(Core.Dialogs.DialogState dialog, CancellationToken cancellationToken) => inner.SaveDialogAsync(dialog, cancellationToken);

            public Task DeleteDialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken) => inner.DeleteDialogAsync(workspaceId, memberId, cancellationToken);

            public Task SaveObjectiveAsync(Core.Okrs.Objective objective, CancellationToken cancellationToken) => inner.SaveObjectiveAsync(objective, cancellationToken);

            public Task SaveKeyResultAsync(Core.Okrs.KeyResult keyResult, CancellationToken cancellationToken) => inner.SaveKeyResultAsync(keyResult, cancellationToken);

            public Task<IReadOnlyList<Core.Scheduling.Leave>> LeavesAsync(string workspaceId, string teamId, CancellationToken cancellationToken) => inner.LeavesAsync(workspaceId, teamId, cancellationToken);

            public Task AddLeaveAsync(string workspaceId, Core.Scheduling.Leave leave, CancellationToken cancellationToken) => inner.AddLeaveAsync(workspaceId, leave, cancellationToken);

            public Task<IReadOnlyList<Core.Scheduling.Leave>> WorkspaceLeavesAsync(string workspaceId, CancellationToken cancellationToken) => inner.WorkspaceLeavesAsync(workspaceId, cancellationToken);

            public Task RemoveLeavesAsync(string workspaceId, string memberId, CancellationToken cancellationToken) => inner.RemoveLeavesAsync(workspaceId, memberId, cancellationToken);

            public Task<DateTimeOffset?> RecordUnlessRecentAsync(string workspaceId, string memberId, string nudgedBy, DateTimeOffset at, TimeSpan coolDown, CancellationToken cancellationToken) => inner.RecordUnlessRecentAsync(workspaceId, memberId, nudgedBy, at, coolDown, cancellationToken);

            public Task<IReadOnlyList<Core.Scheduling.DeliveryProblem>> DeliveryProblemsAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.DeliveryProblemsAsync(workspaceId, teamId, quarter, cancellationToken);
        }
    }
}
