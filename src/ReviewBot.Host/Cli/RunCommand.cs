using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Conversation;
using ReviewBot.Host.Playground;
using ReviewBot.Host.Scheduling;
using ReviewBot.Host.Storage;
using ReviewBot.Slack;
using ReviewBot.Storage.Migrations;
using ReviewBot.Teams;

namespace ReviewBot.Host.Cli;

/// <summary>
/// <c>run prompts|reminders|quarter-review|digest|planning [--team NAME] [--now ISO-8601]</c>: one scheduler pass at once,
/// over the same database and with the same idempotency as the host's tick, printing what each delivery came to.
/// </summary>
internal static class RunCommand
{
    public const int CannotRun = 2;

    private static readonly Dictionary<string, DeliveryKind[]> Passes = new(StringComparer.Ordinal)
    {
        ["prompts"] = [DeliveryKind.WeeklyPrompt, DeliveryKind.RetrospectivePrompt],
        ["reminders"] = [DeliveryKind.Reminder],
        ["quarter-review"] = [DeliveryKind.QuarterReview],
        ["digest"] = [DeliveryKind.WeeklyDigest],
        ["planning"] = [DeliveryKind.PlanningPrompt],
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var what = new Argument<string>("what") { Description = "prompts (weekly and retrospective), reminders, quarter-review, digest or planning (the prompts to plan next quarter)." };
        what.AcceptOnlyFromAmong([.. Passes.Keys]);
        var team = new Option<string?>("--team") { Description = "Only this team (its key or name from the OKR file)." };
        var now = new Option<string?>("--now") { Description = "Run as if it were this instant, with its offset: 2026-11-23T09:00:00+01:00." };
        var command = new Command("run", "Send what is due now (or at --now) of one kind, once; what was sent before is not sent again.") { what, team, now };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(what),
            parseResult.GetValue(team),
            parseResult.GetValue(now),
            [.. parseResult.UnmatchedTokens],
            output,
            error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string what, string? teamName, string? nowText, string[] configurationArgs, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        DateTimeOffset? now = null;
        if (nowText is not null)
        {
            if (!DateTimeOffset.TryParse(nowText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                || !HasOffset(nowText))
            {
                await error.WriteLineAsync($"--now '{nowText}' is not an ISO-8601 instant with an offset; write it like 2026-11-23T09:00:00+01:00 or 2026-11-23T08:00:00Z.");
                return CannotRun;
            }

            now = parsed;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(configurationArgs);
        // The outcome of each delivery is printed below; the host's own information logs would repeat it.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("ReviewBot", LogLevel.Warning);
        builder.AddReviewBotStorage();
        builder.AddReviewBotConversation();
        builder.AddReviewBotPlayground();
        builder.AddDeliveryPlanning();
        // One clock, the real one: leases and backoffs are read by hosts running beside this run. Only what is
        // planned and written follows --now, handed to the pass and the sender as an instant.
        builder.Services.AddSingleton(provider => new ImmediateDeliveryDispatcher(provider.GetRequiredService<DeliverySender>(), now));
        builder.Services.AddSingleton<IDeliveryDispatcher>(provider => provider.GetRequiredService<ImmediateDeliveryDispatcher>());
        if (builder.Configuration.IsSlackConfigured())
        {
            builder.Services.AddSlack();
        }

        if (builder.Configuration.IsTeamsConfigured())
        {
            builder.Services.AddTeams();
        }

        using var host = builder.Build();
        try
        {
            _ = host.Services.GetRequiredService<IOptions<Options.StorageOptions>>().Value;
            _ = host.Services.GetRequiredService<IOptions<Options.SchedulingOptions>>().Value;
            await host.Services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is OptionsValidationException or DatabaseTooNewException)
        {
            await error.WriteLineAsync(e.Message);
            return CannotRun;
        }

        if (teamName is not null && !await TeamExistsAsync(host.Services.GetRequiredService<IWorkspaceDirectory>(), host.Services.GetRequiredService<ITeamDirectory>(), teamName, cancellationToken))
        {
            await error.WriteLineAsync($"No team is called '{teamName}'. Use a team's key or name from its OKR file.");
            return CannotRun;
        }

        var scope = new DeliveryScope { Kinds = Passes[what].ToHashSet(), Team = teamName };
        var at = (now ?? host.Services.GetRequiredService<TimeProvider>().GetUtcNow()).ToUniversalTime();
        var result = await host.Services.GetRequiredService<DeliveryPass>().RunAsync(scope, at, cancellationToken);
        var outcomes = host.Services.GetRequiredService<ImmediateDeliveryDispatcher>().Outcomes;
        await output.WriteLineAsync($"{what} at {at:yyyy-MM-dd HH:mm}Z over {result.Teams} team(s): {outcomes.Count} due ({result.Claimed} new, {result.Resumed} unfinished).");
        foreach (var (key, outcome) in outcomes)
        {
            await output.WriteLineAsync($"  {KindOf(key)} to {outcome.Recipient ?? key}: {Describe(outcome)}");
        }

        return outcomes.Any(o => o.Outcome.Result == AttemptResult.Failed) ? 1 : 0;
    }

    private static string Describe(DeliveryOutcome outcome) => outcome.Result switch
    {
        AttemptResult.Sent => "sent",
        AttemptResult.Skipped => $"skipped ({outcome.Reason})",
        AttemptResult.Retrying => $"not sent, will be retried from {outcome.RetryAt:yyyy-MM-dd HH:mm}Z ({outcome.Reason})",
        AttemptResult.Failed => $"FAILED: {outcome.Reason}",
        _ => "already being sent by another run",
    };

    private static string KindOf(string key) => key.Split(':')[0] switch
    {
        "prompt" => "weekly prompt",
        "reminder" => "reminder",
        "retro" => "retrospective prompt",
        "review" => "quarter review",
        "digest" => "weekly digest",
        "no-krs" => "notice of members without key results",
        "planning" => "planning prompt",
        var other => other,
    };

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static async Task<bool> TeamExistsAsync(IWorkspaceDirectory workspaces, ITeamDirectory directory, string name, CancellationToken cancellationToken)
    {
        foreach (var workspace in await workspaces.EnabledAsync(cancellationToken))
        {
            if ((await directory.ListTeamsAsync(workspace.Id, cancellationToken)).Any(new DeliveryScope { Team = name }.Includes))
            {
                return true;
            }
        }

        return false;
    }
}
