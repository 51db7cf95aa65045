using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;

namespace ReviewBot.Core.Commands;

/// <summary>
/// A member's side of planning next quarter: the prompt, the proposal form and its text dialog, with this quarter's
/// results, causes and lessons beside, carried-over key results starting where they ended.
/// </summary>
internal sealed class PlanningCommands(IReviewStore store)
{
    // Until this command is written: it keeps the store it will read (the contract of issue 16).
    private IReviewStore Store { get; } = store;

    /// <summary><c>review plan [text] [mine] [2027-Q1]</c> by a member, or by a manager planning their own.</summary>
    public Task<IReadOnlyList<Reply>> OpenAsync(Speaker speaker, Turn turn, IReadOnlyList<string> args, CancellationToken cancellationToken) =>
        throw new NotImplementedException(Store.GetType().Name);

    /// <summary>The prompt's buttons: <see cref="ActionIds.OpenPlan"/> and <see cref="ActionIds.PlanByText"/>.</summary>
    public Task<IReadOnlyList<Reply>> PressAsync(Speaker speaker, Turn turn, ButtonPress press, CancellationToken cancellationToken) =>
        throw new NotImplementedException(Store.GetType().Name);

    /// <summary>The member's proposal form (<see cref="Dialogs.PlanFormKind.Proposal"/>) submitted.</summary>
    public Task<IReadOnlyList<Reply>> SubmitAsync(Speaker speaker, Turn turn, FormSubmission form, CancellationToken cancellationToken) =>
        throw new NotImplementedException(Store.GetType().Name);

    /// <summary>The next answer of an open planning text dialog; null when the member's open dialog is not a planning one.</summary>
    public async Task<IReadOnlyList<Reply>?> ContinueAsync(Speaker speaker, Turn turn, string text, CancellationToken cancellationToken)
    {
        var open = await Store.DialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
        return open is { IsTextDialog: true, TemplateId: Planning.PlanningForm.TemplateId } ? throw new NotImplementedException() : null;
    }

    /// <summary>
    /// The prompt to plan the quarter after <paramref name="at"/>'s retrospective, for the scheduler; null when the member
    /// has proposed already (and it is not sent back) or is no longer on the team.
    /// </summary>
    public Task<MessageReply?> PromptAsync(Member member, Team team, DateTimeOffset at, CancellationToken cancellationToken) =>
        throw new NotImplementedException(Store.GetType().Name);
}
