using System.Globalization;
using Microsoft.Extensions.Logging;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Handlers;

/// <summary>Opens a form as a modal inside the request, while Slack's trigger is still good.</summary>
public sealed partial class SlackModalOpener(SlackResponder responder, TimeProvider time, ILogger<SlackModalOpener> logger)
{
    /// <summary>How long after the request arrived a modal may still be opening: Slack's trigger_id is good for 3 seconds from the click.</summary>
    public static readonly TimeSpan TriggerBudget = TimeSpan.FromSeconds(2.5);

    /// <returns>Empty once the modal is open; else a note for the person saying it did not open.</returns>
    /// <param name="culture">The reader's, for the modal's own words and the note when it does not open.</param>
    public async Task<SlackAck> OpenAsync(Workspace workspace, string triggerId, FormReply form, ModalContext context, CultureInfo culture, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);

        // What the engine already took comes off the trigger's life; a retry waiting out a Retry-After would come too late.
        var remaining = deadline.Remaining(TriggerBudget, time);
        if (remaining == TimeSpan.Zero)
        {
            return TooSlow(culture);
        }

        using var budget = new CancellationTokenSource(remaining, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        try
        {
            await responder.OpenModalAsync(workspace, triggerId, form, context, culture, linked.Token);
            return new SlackAck.Empty();
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return TooSlow(culture);
        }
        catch (SlackApiException e)
        {
            LogModalFailed(logger, e.Error);
            return new SlackAck.Ephemeral(SlackText.FormDidNotOpen(culture, e.Error));
        }
    }

    private SlackAck.Ephemeral TooSlow(CultureInfo culture)
    {
        LogModalFailed(logger, "took too long");
        return new SlackAck.Ephemeral(SlackText.FormOpenedTooSlowly(culture));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opening a Slack modal failed: {Error}")]
    private static partial void LogModalFailed(ILogger logger, string error);
}
