using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Slack.Handlers.Commands;
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
        host.Time.Advance(SlashCommandHandler.AnswerBudget);
        var ack = await (await request.WaitAsync(TimeSpan.FromSeconds(30), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("Working on it…", ack!["text"]!.GetValue<string>());
        Assert.Empty(host.Slack.CallsTo("response_url"));

        gate.Open();

        var finished = (await host.WaitForCallsAsync("response_url", 1, Ct)).Single();
        Assert.Equal("ephemeral", finished.Json!["response_type"]!.GetValue<string>());
        Assert.StartsWith("Export Sales · week 8", finished.Json["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>Holds the engine's first read of the team's members until the test opens the gate.</summary>
    private sealed class GatedStore
    {
        private TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Close() => _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _open.TrySetResult();

        public IReviewStore Over(IReviewStore inner) => new Gated(inner, this);

        private sealed class Gated(IReviewStore inner, GatedStore gate) : IReviewStore
        {
            public async Task<IReadOnlyList<Member>> MembersByChatIdentityAsync(string workspaceId, Core.Workspaces.ChatPlatform platform, string userId, CancellationToken cancellationToken)
            {
                gate.Entered.TrySetResult();
                await gate._open.Task.WaitAsync(cancellationToken);
                return await inner.MembersByChatIdentityAsync(workspaceId, platform, userId, cancellationToken);
            }

            public Task<IReadOnlyList<Team>> TeamsAsync(string workspaceId, CancellationToken cancellationToken) => inner.TeamsAsync(workspaceId, cancellationToken);

            public Task<Team?> TeamAsync(string workspaceId, string teamId, CancellationToken cancellationToken) => inner.TeamAsync(workspaceId, teamId, cancellationToken);

            public Task<IReadOnlyList<Member>> MembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken) => inner.MembersAsync(workspaceId, teamId, cancellationToken);

            public Task<IReadOnlyList<Member>> AllMembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken) => inner.AllMembersAsync(workspaceId, teamId, cancellationToken);

            public Task<IReadOnlyList<Core.Okrs.Objective>> ObjectivesAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.ObjectivesAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task<IReadOnlyList<Core.CheckIns.CheckIn>> CheckInsAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.CheckInsAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task<IReadOnlyList<Core.CheckIns.ReviewAnswer>> AnswersAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.AnswersAsync(workspaceId, teamId, quarter, cancellationToken);

            public Task<bool> RecordAsync(Core.CheckIns.Submission submission, CancellationToken cancellationToken) => inner.RecordAsync(submission, cancellationToken);

            public Task<Core.Dialogs.DialogState?> DialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken) => inner.DialogAsync(workspaceId, memberId, cancellationToken);

            public Task SaveDialogAsync(Core.Dialogs.DialogState dialog, CancellationToken cancellationToken) => inner.SaveDialogAsync(dialog, cancellationToken);

            public Task DeleteDialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken) => inner.DeleteDialogAsync(workspaceId, memberId, cancellationToken);

            public Task SaveObjectiveAsync(Core.Okrs.Objective objective, CancellationToken cancellationToken) => inner.SaveObjectiveAsync(objective, cancellationToken);

            public Task SaveKeyResultAsync(Core.Okrs.KeyResult keyResult, CancellationToken cancellationToken) => inner.SaveKeyResultAsync(keyResult, cancellationToken);

            public Task<IReadOnlyList<Core.Scheduling.Leave>> LeavesAsync(string workspaceId, string teamId, CancellationToken cancellationToken) => inner.LeavesAsync(workspaceId, teamId, cancellationToken);

            public Task AddLeaveAsync(string workspaceId, Core.Scheduling.Leave leave, CancellationToken cancellationToken) => inner.AddLeaveAsync(workspaceId, leave, cancellationToken);

            public Task RemoveLeavesAsync(string workspaceId, string memberId, CancellationToken cancellationToken) => inner.RemoveLeavesAsync(workspaceId, memberId, cancellationToken);

            public Task<IReadOnlyList<Core.Scheduling.DeliveryProblem>> DeliveryProblemsAsync(string workspaceId, string teamId, Core.Periods.Quarter quarter, CancellationToken cancellationToken) => inner.DeliveryProblemsAsync(workspaceId, teamId, quarter, cancellationToken);
        }
    }
}
