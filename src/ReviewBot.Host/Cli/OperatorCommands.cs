using System.CommandLine;

namespace ReviewBot.Host.Cli;

/// <summary>
/// The command-line verbs an operator runs next to the host (<c>dotnet run --project src/ReviewBot.Host -- import FILE</c>).
/// Anything after the verb's own arguments is passed on as configuration, like the host's own arguments.
/// </summary>
public static class OperatorCommands
{
    private static readonly string[] Verbs = ["import", "teams-package", "run"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = new RootCommand("ReviewBot operator commands. Run without a verb to start the bot host.")
        {
            ImportCommand.Create(output, error),
            TeamsPackageCommand.Create(output, error),
            RunCommand.Create(output, error),
        };
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
