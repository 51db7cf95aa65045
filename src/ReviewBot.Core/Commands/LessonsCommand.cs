using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Commands;

/// <summary><c>review lessons [words] [@person] [market] [quarters]</c>: what the team learnt in past quarters, for anyone on it.</summary>
internal sealed class LessonsCommand(IReviewStore store)
{
    // Until this command is written: it keeps the store it will read (the contract of issue 16).
    private IReviewStore Store { get; } = store;

    public Task<IReadOnlyList<Reply>> RunAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken) =>
        throw new NotImplementedException(Store.GetType().Name);
}
