using ReviewBot.Host.Cli;
using ReviewBot.Host.Conversation;
using ReviewBot.Host.Health;
using ReviewBot.Host.Inbound;
using ReviewBot.Host.Playground;
using ReviewBot.Host.Reports;
using ReviewBot.Host.Scheduling;
using ReviewBot.Host.Storage;
using ReviewBot.Slack;
using ReviewBot.Slack.SocketMode;
using ReviewBot.Teams;

if (OperatorCommands.IsOperatorCommand(args))
{
    return await OperatorCommands.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}

// The slim builder: Kestrel over HTTP/1.1 and HTTP/2 without the HTTPS configuration loader, HTTP/3, IIS
// integration, regex route constraints, or the Debug and EventSource loggers, none of which this host uses
// (TLS ends at the proxy in front of it). Each would be loaded and set up before /healthz could answer.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.AddFilter(AddressInUse.HostCategory, LogLevel.Critical);
builder.AddReviewBotStorage();
builder.AddReviewBotHealth();
builder.Services.AddHostedService<DatabaseMigrator>();
builder.AddReviewBotConversation();
builder.AddReviewBotPlayground();
builder.AddReviewBotReports();
builder.AddReviewBotScheduling();
builder.AddReviewBotInboundRetention();
var slack = builder.Configuration.IsSlackConfigured();
if (slack)
{
    builder.Services.AddSlack();
    if (builder.Configuration.IsSlackSocketModeConfigured())
    {
        builder.Services.AddSlackSocketMode();
    }
}

var teams = builder.Configuration.IsTeamsConfigured();
if (teams)
{
    builder.Services.AddTeams();
}

var app = builder.Build();
app.MapHealth();
app.MapPlayground();
app.MapReports();
app.MapReviewBotScheduling();
if (slack)
{
    app.MapSlack();
}

if (teams)
{
    app.MapTeams();
}

// Read now: the configuration is disposed with the host once RunAsync fails.
var urls = app.Configuration["urls"];
try
{
    await app.RunAsync();
}
catch (Exception exception) when (AddressInUse.Is(exception))
{
    await Console.Error.WriteLineAsync(AddressInUse.Message(exception, urls));
    return AddressInUse.ExitCode;
}

return 0;

/// <summary>The entry point; public so that integration tests can start the host.</summary>
public partial class Program;
