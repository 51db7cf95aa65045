using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Commands;

/// <summary>
/// A manager's side of planning: <c>review plan</c> shows the team's proposals against this quarter's results and the
/// team target, and each person's is edited, sent back with a comment, or approved into the quarter's OKRs.
/// </summary>
internal sealed class PlanReviewCommands(IReviewStore store)
{
    // Until this command is written: it keeps the store it will read (the contract of issue 16).
    private IReviewStore Store { get; } = store;

    /// <summary><c>review plan [2027-Q1]</c>, <c>… target 5M</c>, <c>… approve @Andy</c>, <c>… back @Andy "comment"</c>, <c>… edit @Andy</c>.</summary>
    public Task<IReadOnlyList<Reply>> RunAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken) =>
        throw new NotImplementedException(Store.GetType().Name);

    /// <summary>The team view's buttons: edit, send back, approve, set the target.</summary>
    public Task<IReadOnlyList<Reply>> PressAsync(Speaker speaker, ButtonPress press, CancellationToken cancellationToken) =>
        throw new NotImplementedException(Store.GetType().Name);

    /// <summary>A manager's planning form: an edit, a send-back comment, exchange rates, or the team target.</summary>
    public Task<IReadOnlyList<Reply>> SubmitAsync(Speaker speaker, FormSubmission form, CancellationToken cancellationToken) =>
        throw new NotImplementedException(Store.GetType().Name);
}
