using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ReviewBot.Host.Cli;

/// <summary>
/// The top-level <c>--help</c>: System.CommandLine's own page (usage and the three commands), followed by the
/// host's main settings, so an operator learns how to start and configure the server without starting it.
/// </summary>
internal sealed class HostHelp(HelpAction standard) : SynchronousCommandLineAction
{
    /// <summary>The settings an operator sets first; README.md and appsettings.example.json list them all.</summary>
    private static readonly (string Setting, string Meaning)[] Settings =
    [
        ("--urls / ASPNETCORE_URLS / Urls", "Where the host listens (default http://localhost:5000)."),
        ("Storage:Provider", "Sqlite (default) or Postgres."),
        ("Storage:DataFolder", "The SQLite database's folder (default data)."),
        ("ConnectionStrings:ReviewBot", "The database's connection string; overrides the data folder."),
        ("Slack:SigningSecret, Slack:BotToken", "Turn Slack on (both needed)."),
        ("Slack:AppToken", "Slack in Socket Mode, no public URL (with Slack:BotToken, no signing secret)."),
        ("Slack:ClientId, Slack:ClientSecret", "Install in several Slack workspaces through /slack/install (then Slack:BotToken is optional)."),
        ("DataProtection:KeyFolder", "The keys that encrypt installed Slack tokens (default keys in the data folder)."),
        ("Teams:AppId, Teams:AppPassword, Teams:TenantId", "Turn Teams on (the bot's app registration)."),
        ("Scheduling:Enabled", "Send prompts, reminders and reviews on schedule (default true)."),
        ("Playground:Enabled", "The browser playground at /playground (default: on in Development)."),
        ("Reports:PublicBaseUrl", "The address report links are built on."),
    ];

    public override bool ClearsParseErrors => standard.ClearsParseErrors;

    public static void Attach(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HostHelp((HelpAction)help.Action!);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var result = standard.Invoke(parseResult);
        if (parseResult.CommandResult.Command is RootCommand)
        {
            Write(parseResult.InvocationConfiguration.Output);
        }

        return result;
    }

    private static void Write(TextWriter output)
    {
        output.WriteLine("Host settings (run without a command to start the server):");
        output.WriteLine("  Set each in appsettings.json, as an environment variable (Storage__DataFolder=/var/lib/reviewbot)");
        output.WriteLine("  or as an argument (--Storage:DataFolder=/var/lib/reviewbot).");
        output.WriteLine();
        var width = Settings.Max(s => s.Setting.Length) + 2;
        foreach (var (setting, meaning) in Settings)
        {
            output.WriteLine($"  {setting.PadRight(width)}{meaning}");
        }

        output.WriteLine();
        output.WriteLine("Every setting: README.md (Configuration) and appsettings.example.json.");
    }
}
