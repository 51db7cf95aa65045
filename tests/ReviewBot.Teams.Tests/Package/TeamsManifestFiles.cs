using System.Text.Json.Nodes;
using NJsonSchema;

namespace ReviewBot.Teams.Tests.Package;

/// <summary>The shipped manifest folder and the v1.24 schema it is checked against.</summary>
internal static class TeamsManifestFiles
{
    public static readonly string Root = FindRoot();

    public static string Folder => Path.Combine(Root, "manifests", "teams");

    public static JsonObject Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!.AsObject();

    /// <summary>
    /// The schema lives beside the repository (../shared/schemas/teams/), not in it: without it a local run skips,
    /// while CI, which always has it, fails rather than pass without checking.
    /// </summary>
    public static async Task<JsonSchema> SchemaAsync() =>
        await JsonSchema.FromFileAsync(SchemaPath(), TestContext.Current.CancellationToken);

    /// <summary>The schema as plain JSON, for the keywords NJsonSchema does not check.</summary>
    public static JsonObject SchemaJson() => JsonNode.Parse(File.ReadAllText(SchemaPath()))!.AsObject();

    private static string SchemaPath()
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "schemas", "teams", "MicrosoftTeams.v1.24.schema.json"));
        if (!File.Exists(path))
        {
            var reason = $"The Teams manifest schema is not at {path}.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        return path;
    }

    /// <summary>Each error as "path: kind", including those nested under a failed oneOf/anyOf, for readable failures.</summary>
    public static List<string> Errors(JsonSchema schema, JsonNode manifest) =>
        [.. schema.Validate(manifest.ToJsonString()).SelectMany(Flatten).Select(e => $"{e.Path}: {e.Kind}")];

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten).Prepend(error)
            : [error];

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Bot.sln not found above the test's folder.");
    }
}
