using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReviewBot.Teams;

public static class TeamsEndpoints
{
    public const string MessagesPath = "/api/messages";

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, (HttpContext context, TeamsAdapter adapter) => adapter.ProcessAsync(context.Request, context.RequestAborted));
        return endpoints;
    }
}
