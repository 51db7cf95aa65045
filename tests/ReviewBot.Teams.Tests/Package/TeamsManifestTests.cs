using System.Text.Json.Nodes;
using ReviewBot.Core.Conversation;
using static ReviewBot.Teams.Tests.Package.TeamsManifestFiles;

namespace ReviewBot.Teams.Tests.Package;

/// <summary>manifests/teams/ is what Teams accepts: schema v1.24, icons of the right size and kind, real commands.</summary>
public class TeamsManifestTests
{
    [Fact]
    public async Task The_manifest_validates_against_the_v1_24_schema()
    {
        var schema = await SchemaAsync();
        var manifest = Manifest();

        Assert.Empty(Errors(schema, manifest));
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.Equal("1.24", manifest["manifestVersion"]!.GetValue<string>());
    }

    [Fact]
    public void The_manifest_meets_the_schema_rules_njsonschema_does_not_check()
    {
        // The schema says draft-04 but uses draft-06's "const" for manifestVersion, which NJsonSchema skips
        // (a "1.23" passes its validation); its "version" has no semver pattern although Teams requires one; and its
        // https pattern ("^https?://") lets http through. These are checked here instead.
        var manifest = Manifest();

        Assert.Equal(SchemaJson()["properties"]!["manifestVersion"]!["const"]!.GetValue<string>(), manifest["manifestVersion"]!.GetValue<string>());
        Assert.Matches(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$", manifest["version"]!.GetValue<string>());
        Assert.All(
            manifest["developer"]!.AsObject().Where(p => p.Key.EndsWith("Url", StringComparison.Ordinal)),
            p => Assert.StartsWith("https://", p.Value!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_schema_check_catches_a_missing_id_a_bad_bot_id_and_an_over_long_command()
    {
        var schema = await SchemaAsync();
        var broken = Manifest();
        broken.Remove("id");
        broken["bots"]![0]!["botId"] = "not-a-guid";
        broken["bots"]![0]!["commandLists"]![0]!["commands"]![0]!["title"] = new string('x', 129);
        broken["name"]!["short"] = "A name far longer than thirty characters";

        var errors = Errors(schema, broken);

        Assert.Contains(errors, e => e.Contains("PropertyRequired", StringComparison.Ordinal) && e.Contains("id", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("botId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("title", StringComparison.Ordinal) && e.Contains("StringTooLong", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("short", StringComparison.Ordinal) && e.Contains("StringTooLong", StringComparison.Ordinal));
    }

    [Fact]
    public void Command_titles_and_descriptions_fit_teams_documented_limits()
    {
        Assert.Empty(CommandLimitViolations(Manifest()));
    }

    [Fact]
    public async Task A_command_title_over_32_characters_passes_the_schema_but_not_the_documented_limit()
    {
        var schema = await SchemaAsync();
        var manifest = Manifest();
        manifest["bots"]![0]!["commandLists"]![1]!["commands"]![0]!["title"] = "review quarter with every market in it.";

        Assert.Empty(Errors(schema, manifest));
        Assert.Equal(["title 'review quarter with every market in it.' is 39 characters"], CommandLimitViolations(manifest));
    }

    /// <summary>
    /// The v1.24 schema allows 128-character titles and 12 commands a list, but Teams' bot command docs
    /// (protocols.md §14) say 32 and 10; the stricter numbers are what Teams shows without cutting.
    /// </summary>
    private static List<string> CommandLimitViolations(JsonObject manifest)
    {
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var problems = new List<string>();
        if (lists.Count is < 1 or > 3)
        {
            problems.Add($"{lists.Count} command lists");
        }

        foreach (var commands in lists.Select(l => l!["commands"]!.AsArray()))
        {
            if (commands.Count is < 1 or > 10)
            {
                problems.Add($"{commands.Count} commands in a list");
            }

            foreach (var command in commands)
            {
                var (title, description) = (command!["title"]!.GetValue<string>(), command["description"]!.GetValue<string>());
                if (title.Length is < 1 or > 32)
                {
                    problems.Add($"title '{title}' is {title.Length} characters");
                }

                if (description.Length is < 1 or > 128)
                {
                    problems.Add($"description of '{title}' is {description.Length} characters");
                }
            }
        }

        return problems;
    }

    [Fact]
    public void Every_command_title_is_a_verb_the_engine_knows()
    {
        var bot = Manifest()["bots"]![0]!;
        var titles = bot["commandLists"]!.AsArray().SelectMany(l => l!["commands"]!.AsArray()).Select(c => c!["title"]!.GetValue<string>()).ToList();

        Assert.All(titles, title =>
        {
            var words = title.Split(' ');
            Assert.Equal(2, words.Length);
            Assert.Equal("review", words[0]);
            Assert.Contains(words[1], CommandLine.Verbs);
            Assert.Equal(words[1], CommandLine.Parse(title).Verb);
        });

        // Every verb is offered somewhere, so a person can find it from the compose box.
        Assert.Equal(CommandLine.Verbs.Order(StringComparer.Ordinal), titles.Select(t => t.Split(' ')[1]).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_scope_of_the_bot_has_its_command_list_and_the_bot_id_is_the_documented_placeholder()
    {
        var bot = Manifest()["bots"]![0]!;
        var scopes = bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        var listed = bot["commandLists"]!.AsArray().SelectMany(l => l!["scopes"]!.AsArray()).Select(s => s!.GetValue<string>()).ToList();

        Assert.Subset(new HashSet<string>(scopes), new HashSet<string> { "personal", "team" });
        Assert.Equal(scopes.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal("00000000-0000-0000-0000-000000000000", bot["botId"]!.GetValue<string>());
        Assert.Equal(["reviewbot.example.com"], Manifest()["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.True(Guid.TryParse(Manifest()["id"]!.GetValue<string>(), out var id) && id != Guid.Empty);
    }

    [Fact]
    public void The_colour_icon_is_a_192_pixel_png()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(Folder, Manifest()["icons"]!["color"]!.GetValue<string>())));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void The_outline_icon_is_a_32_pixel_png_of_white_on_transparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(Folder, Manifest()["icons"]!["outline"]!.GetValue<string>())));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.ColorType is 4 or 6, $"colour type {icon.ColorType} has no alpha channel");
        var pixels = Enumerable.Range(0, 32).SelectMany(y => Enumerable.Range(0, 32).Select(x => icon.Pixel(x, y))).ToList();
        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"a pixel {p} is neither transparent nor white"));

        // Not blank: a real mark, with a transparent background around it.
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Contains(pixels, p => p.A == 0);
    }

    [Fact]
    public void Names_and_descriptions_fit_the_manifests_limits()
    {
        var manifest = Manifest();

        Assert.InRange(manifest["name"]!["short"]!.GetValue<string>().Length, 1, 30);
        Assert.InRange(manifest["name"]!["full"]!.GetValue<string>().Length, 1, 100);
        Assert.InRange(manifest["description"]!["short"]!.GetValue<string>().Length, 1, 80);
        Assert.InRange(manifest["description"]!["full"]!.GetValue<string>().Length, 1, 4000);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest["accentColor"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("websiteUrl")]
    [InlineData("privacyUrl")]
    [InlineData("termsOfUseUrl")]
    public void The_developer_links_are_https_placeholders_on_the_example_domain(string key)
    {
        Assert.StartsWith("https://reviewbot.example.com", Manifest()["developer"]![key]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
