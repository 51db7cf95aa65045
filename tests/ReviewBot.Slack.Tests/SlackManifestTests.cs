using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ReviewBot.Slack.Tests;

/// <summary>
/// manifests/slack/manifest.yaml (HTTP) and manifest.socket-mode.yaml ask for exactly what the code uses: no more, no less.
/// </summary>
public partial class SlackManifestTests
{
    private const string HttpManifest = "manifest.yaml";
    private const string SocketModeManifest = "manifest.socket-mode.yaml";

    private static readonly string Root = FindRoot();

    public static TheoryData<string> Manifests => [HttpManifest, SocketModeManifest];

    private static YamlMappingNode Manifest(string file = HttpManifest)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Root, "manifests", "slack", file))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    private static List<string> Strings(YamlNode node) => [.. ((YamlSequenceNode)node).Children.Select(n => ((YamlScalarNode)n).Value!)];

    [Fact]
    public void Every_web_api_method_the_code_calls_has_its_scope_declared()
    {
        var called = Directory.GetFiles(Path.Combine(Root, "src", "ReviewBot.Slack", "Api"), "*.cs")
            .SelectMany(file => SlackMethod().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(called);
        Assert.All(called, method => Assert.True(SlackAppRequirements.ScopeByMethod.ContainsKey(method), $"{method} is called but has no entry in SlackAppRequirements.ScopeByMethod."));
        Assert.All(SlackAppRequirements.ScopeByMethod.Keys, method => Assert.True(called.Contains(method), $"{method} is listed but never called."));
    }

    [Fact]
    public void The_methods_listed_as_used_are_exactly_those_called_outside_the_api_client()
    {
        var code = string.Join('\n', Directory.GetFiles(Path.Combine(Root, "src", "ReviewBot.Slack"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Api{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        // chat.postMessage is called as .Chat.PostMessageAsync( ; files.getUploadURLExternal as .Files.GetUploadUrlExternalAsync( .
        var called = SlackAppRequirements.ScopeByMethod.Keys
            .Where(method => code.Contains($".{method.Split('.')[0]}.{method.Split('.')[1]}Async(", StringComparison.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(SlackAppRequirements.UsedMethods.Order(StringComparer.Ordinal), called.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void The_manifest_asks_for_exactly_the_bot_scopes_the_code_needs(string file)
    {
        var declared = Strings(At(Manifest(file), "oauth_config", "scopes", "bot")).Order(StringComparer.Ordinal);

        Assert.Equal(SlackAppRequirements.BotScopes.Order(StringComparer.Ordinal), declared);
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void The_manifest_subscribes_to_exactly_the_events_the_code_handles(string file)
    {
        var declared = Strings(At(Manifest(file), "settings", "event_subscriptions", "bot_events")).Order(StringComparer.Ordinal);

        Assert.Equal(SlackAppRequirements.Events.All.Order(StringComparer.Ordinal), declared);
    }

    [Fact]
    public void The_manifests_command_and_request_urls_point_at_the_handlers()
    {
        var manifest = Manifest();
        var command = (YamlMappingNode)((YamlSequenceNode)At(manifest, "features", "slash_commands")).Children.Single();

        Assert.Equal(SlackAppRequirements.Command, ((YamlScalarNode)At(command, "command")).Value);
        Assert.Equal(SlackAppRequirements.CommandsPath, new Uri(((YamlScalarNode)At(command, "url")).Value!).AbsolutePath);
        Assert.Equal(SlackAppRequirements.InteractionsPath, new Uri(((YamlScalarNode)At(manifest, "settings", "interactivity", "request_url")).Value!).AbsolutePath);
        Assert.Equal(SlackAppRequirements.EventsPath, new Uri(((YamlScalarNode)At(manifest, "settings", "event_subscriptions", "request_url")).Value!).AbsolutePath);
        Assert.Equal("true", ((YamlScalarNode)At(manifest, "features", "app_home", "home_tab_enabled")).Value);
        Assert.Equal("true", ((YamlScalarNode)At(manifest, "settings", "interactivity", "is_enabled")).Value);
        Assert.Equal("false", ((YamlScalarNode)At(manifest, "settings", "socket_mode_enabled")).Value);
    }

    [Fact]
    public void The_manifests_oauth_redirect_url_points_at_the_install_callback()
    {
        var redirect = Assert.Single(Strings(At(Manifest(HttpManifest), "oauth_config", "redirect_urls")));

        Assert.Equal(SlackAppRequirements.OAuthCallbackPath, new Uri(redirect).AbsolutePath);
    }

    [Fact]
    public void The_socket_mode_manifest_turns_socket_mode_on_and_has_no_request_urls()
    {
        var manifest = Manifest(SocketModeManifest);

        Assert.Equal("true", ((YamlScalarNode)At(manifest, "settings", "socket_mode_enabled")).Value);
        Assert.Equal("true", ((YamlScalarNode)At(manifest, "settings", "interactivity", "is_enabled")).Value);
        Assert.DoesNotContain(Keys(manifest), key => key is "url" or "request_url");
    }

    [Fact]
    public void The_socket_mode_manifest_is_the_http_manifest_without_its_request_urls()
    {
        static string Comparable(YamlMappingNode manifest)
        {
            Strip(manifest);
            ((YamlMappingNode)At(manifest, "settings")).Children.Remove(new YamlScalarNode("socket_mode_enabled"));
            var text = new StringWriter();
            new YamlStream(new YamlDocument(manifest)).Save(text, assignAnchors: false);
            return text.ToString();
        }

        Assert.Equal(Comparable(Manifest(HttpManifest)), Comparable(Manifest(SocketModeManifest)));
    }

    private static IEnumerable<string> Keys(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.SelectMany(child => Keys(child.Value).Prepend(((YamlScalarNode)child.Key).Value!)),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Keys),
        _ => [],
    };

    /// <summary>
    /// Takes every url, request_url and redirect_urls out, at any depth: a Socket Mode app has no public URL,
    /// so it installs in its own workspace from the app's settings, not through /slack/install.
    /// </summary>
    private static void Strip(YamlNode node)
    {
        if (node is YamlMappingNode mapping)
        {
            mapping.Children.Remove(new YamlScalarNode("url"));
            mapping.Children.Remove(new YamlScalarNode("request_url"));
            mapping.Children.Remove(new YamlScalarNode("redirect_urls"));
        }

        foreach (var child in node is YamlMappingNode m ? m.Children.Values : node is YamlSequenceNode s ? s.Children : [])
        {
            Strip(child);
        }
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void The_usage_hint_offers_the_same_verbs_in_english_and_in_chinese_and_each_is_one_the_bot_knows(string file)
    {
        var command = (YamlMappingNode)((YamlSequenceNode)At(Manifest(file), "features", "slash_commands")).Children.Single();
        var hint = ((YamlScalarNode)At(command, "usage_hint")).Value!;
        var halves = hint.Split("· 中文", StringSplitOptions.TrimEntries);
        Assert.Equal(2, halves.Length);

        string[] Verbs(string half) =>
        [
            .. half.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(choice => ReviewBot.Core.Conversation.CommandLine.Parse(choice.Split(' ')[0]).Verb),
        ];

        var english = Verbs(halves[0]);
        Assert.All(english, verb => Assert.Contains(verb, ReviewBot.Core.Conversation.CommandLine.Verbs));
        Assert.Equal(english, Verbs(halves[1]));
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void The_display_name_and_texts_fit_slacks_limits(string file)
    {
        var manifest = Manifest(file);

        Assert.InRange(((YamlScalarNode)At(manifest, "display_information", "name")).Value!.Length, 1, 35);
        Assert.InRange(((YamlScalarNode)At(manifest, "display_information", "description")).Value!.Length, 1, 140);
        Assert.InRange(((YamlScalarNode)At(manifest, "features", "bot_user", "display_name")).Value!.Length, 1, 80);
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Bot.sln not found above the test's folder.");
    }

    [GeneratedRegex("\"((?:auth|chat|conversations|users|views|files)\\.[A-Za-z]+)\"")]
    private static partial Regex SlackMethod();
}
