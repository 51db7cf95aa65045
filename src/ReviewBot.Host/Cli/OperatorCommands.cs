using System.CommandLine;

namespace ReviewBot.Host.Cli;

/// <summary>
/// The command-line verbs an operator runs next to the host (<c>dotnet run --project src/ReviewBot.Host -- import FILE</c>).
/// Anything after the verb's own arguments is passed on as configuration, like the host's own arguments.
/// A top-level <c>--help</c> lists them with the host's settings instead of starting the server.
/// </summary>
public static class OperatorCommands
{
    private static readonly string[] Verbs = ["import", "teams-package", "run"];

    private static readonly string[] HelpSpellings = ["--help", "-h", "-?", "/?", "/h"];

    /// <summary>A verb, or a help request with no verb: both are answered here and the server is not started.</summary>
    public static bool IsOperatorCommand(string[] args) =>
        args.Length > 0 && (Verbs.Contains(args[0], StringComparer.Ordinal) || HelpSpellings.Contains(args[0], StringComparer.Ordinal));

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = new RootCommand("ReviewBot, an OKR review bot for Slack and Microsoft Teams. Run without a command to start the bot host; the commands below work on its database and files.")
        {
            ImportCommand.Create(output, error),
            TeamsPackageCommand.Create(output, error),
            RunCommand.Create(output, error),
        };
        HostHelp.Attach(root);
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
