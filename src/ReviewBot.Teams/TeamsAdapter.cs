using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ReviewBot.Teams.Auth;
using ReviewBot.Teams.Handlers;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams;

/// <summary>
/// <c>POST /api/messages</c> (Bot Builder's CloudAdapter): checks the Bot Framework token before anything
/// else, reads the activity, skips retried deliveries, runs the turn and writes the invoke response.
/// </summary>
public sealed partial class TeamsAdapter(BotTokenValidator validator, TeamsWorkspaces workspaces, TeamsBot bot, TeamsReaders readers, ILogger<TeamsAdapter> logger)
{
    private const int MaxBody = 1024 * 1024;

    /// <summary>The only channel this adapter serves. Other Bot Framework channels (Web Chat, Direct Line) let the client set tenant and user ids.</summary>
    public const string TeamsChannel = "msteams";

    public async Task<IResult> ProcessAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBody)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBody)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var activity = Parse(buffer.ToArray());

        // The token is checked against the activity's channel and service URL; without a readable activity it is
        // still checked, so an unauthenticated caller learns nothing about what it sent.
        // The key must be endorsed for Teams whatever channel the body names, and the body must name Teams.
        var auth = await validator.ValidateAsync(request.Headers.Authorization.ToString(), TeamsChannel, activity?.ServiceUrl, cancellationToken);
        if (!auth.IsValid || (activity is not null && activity.ChannelId != TeamsChannel))
        {
            LogRejected(logger, auth.IsValid ? "not a Teams activity" : auth.FailureReason ?? "invalid token");
            return Results.Unauthorized();
        }

        if (activity is not { Type.Length: > 0, ServiceUrl.Length: > 0, Conversation.Id.Length: > 0 })
        {
            return Results.Problem("The activity needs type, serviceUrl and conversation.id.", statusCode: StatusCodes.Status400BadRequest);
        }

        var tenantId = activity.Conversation.TenantId ?? JsonText.Of(activity.ChannelData?["tenant"]?["id"]);
        var workspace = tenantId is null ? null : await workspaces.FindAsync(tenantId, cancellationToken);
        if (workspace is not { Enabled: true })
        {
            LogUnknownTenant(logger, tenantId ?? "(none)");
            return Results.Ok();
        }

        if (activity.Id is not null && !await workspaces.FirstDeliveryAsync(workspace.Id, activity.Id, cancellationToken))
        {
            return activity.Type == Activity.Types.Invoke
                ? Results.Json(Cards.AdaptiveCardInvokeResponse.Message(TeamsText.AlreadyDone(await readers.OfSenderAsync(workspace, activity, cancellationToken))))
                : Results.Ok();
        }

        InvokeResult result;
        try
        {
            result = await bot.OnTurnAsync(activity with { Conversation = activity.Conversation with { TenantId = tenantId } }, workspace, cancellationToken);
        }
        catch when (activity.Id is not null)
        {
            // The turn did not happen: let the connector's retry of this activity through.
            await workspaces.ForgetDeliveryAsync(workspace.Id, activity.Id, CancellationToken.None);
            throw;
        }

        return result.Body is null ? Results.StatusCode(result.Status) : Results.Json(result.Body, statusCode: result.Status);
    }

    private static Activity? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<Activity>(body, BotSchemaJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a Teams request: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored an activity from tenant {TenantId}, which is not set up")]
    private static partial void LogUnknownTenant(ILogger logger, string tenantId);
}
