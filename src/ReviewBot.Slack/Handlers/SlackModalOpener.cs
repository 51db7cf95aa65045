using Microsoft.Extensions.Logging;
using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Handlers;

/// <summary>Opens a form as a modal inside the request, while Slack's trigger is still good.</summary>
public sealed partial class SlackModalOpener(SlackResponder responder, TimeProvider time, ILogger<SlackModalOpener> logger)
{
    /// <summary>How long opening a modal may take: Slack's trigger_id is good for 3 seconds.</summary>
    public static readonly TimeSpan TriggerBudget = TimeSpan.FromSeconds(2.5);

    /// <returns>Empty once the modal is open; else a note for the person saying it did not open.</returns>
    public async Task<SlackAck> OpenAsync(string triggerId, FormReply form, ModalContext context, CancellationToken cancellationToken)
    {
        // The trigger expires 3 seconds after the click: a retry waiting out a Retry-After would come too late.
        using var budget = new CancellationTokenSource(TriggerBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        try
        {
            await responder.OpenModalAsync(triggerId, form, context, linked.Token);
            return SlackAck.Empty;
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            LogModalFailed(logger, "took too long");
            return new SlackAck.Ephemeral("Slack was too slow to open the form in time. Please try again.");
        }
        catch (SlackApiException e)
        {
            LogModalFailed(logger, e.Error);
            return new SlackAck.Ephemeral($"I couldn't open the form ({e.Error}). Please try again.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opening a Slack modal failed: {Error}")]
    private static partial void LogModalFailed(ILogger logger, string error);
}
