using System.CommandLine;
using Microsoft.Extensions.Options;
using ReviewBot.Host.Import;
using ReviewBot.Host.Storage;
using ReviewBot.Storage.Migrations;

namespace ReviewBot.Host.Cli;

/// <summary><c>import FILE [--dry-run]</c>: loads a team's quarter of OKRs from a YAML file.</summary>
internal static class ImportCommand
{
    public const int InvalidFile = 1;
    public const int CannotRun = 2;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "The team's OKR file (YAML); README.md describes the format." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and report what would change, without writing anything." };
        var command = new Command("import", "Load or update a team's quarter of OKRs from a YAML file.") { file, dryRun };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(file),
            parseResult.GetValue(dryRun),
            [.. parseResult.UnmatchedTokens],
            output,
            error,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo given, bool dryRun, string[] configurationArgs, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var file = CallersPath.Resolve(given, mustExist: true);
        if (!file.Exists)
        {
            await error.WriteLineAsync($"There is no file at {file.FullName}.");
            return CannotRun;
        }

        var (okrFile, errors) = OkrFileReader.Read(await File.ReadAllTextAsync(file.FullName, cancellationToken));
        if (okrFile is null)
        {
            await error.WriteLineAsync($"{file.Name} was not imported; nothing was written. Fix these {errors.Count} problem(s) and run the import again:");
            foreach (var problem in errors)
            {
                await error.WriteLineAsync($"  {problem}");
            }

            return InvalidFile;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(configurationArgs);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddReviewBotStorage();
        using var host = builder.Build();
        try
        {
            _ = host.Services.GetRequiredService<IOptions<Options.StorageOptions>>().Value;
            await host.Services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is OptionsValidationException or DatabaseTooNewException)
        {
            await error.WriteLineAsync(e.Message);
            return CannotRun;
        }

        var database = host.Services.GetRequiredService<ReviewBot.Storage.Database>();
        ImportSummary summary;
        try
        {
            summary = await new OkrImporter(database).ImportAsync(okrFile, dryRun, cancellationToken);
        }
        catch (System.Data.Common.DbException e)
        {
            // A clash the file's checks could not see (two members claiming one chat id across imports): nothing was written.
            await error.WriteLineAsync($"{file.Name} was not imported; nothing was written. The database refused it: {e.Message}");
            return InvalidFile;
        }

        await output.WriteLineAsync(dryRun
            ? $"Dry run of {file.Name} for team '{okrFile.Team.Name}', {okrFile.Quarter}: nothing was written. It would make these changes:"
            : $"Imported {file.Name} into {database.DataSource}: team '{okrFile.Team.Name}', {okrFile.Quarter}{(summary.ChangedAnything ? "." : "; nothing changed.")}");
        foreach (var line in summary.Lines().Concat(summary.Notes).Concat(okrFile.Warnings))
        {
            await output.WriteLineAsync($"  {line}");
        }

        return 0;
    }
}
