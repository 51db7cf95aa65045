using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Commands;

/// <summary><c>review plan export [2027-Q1]</c>: the quarter's OKRs as the team file the import reads back unchanged.</summary>
internal sealed class PlanExportCommand(IReviewStore store)
{
    // Until this command is written: it keeps the store it will read (the contract of issue 16).
    private IReviewStore Store { get; } = store;

    public Task<IReadOnlyList<Reply>> RunAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken) =>
        throw new NotImplementedException(Store.GetType().Name);
}
