using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ReviewBot.Core.Tests;

/// <summary>
/// Dependencies point inward: Core knows nothing, the adapters, storage and documents know Core, the host
/// knows them all. Read from the project files and sources in the repository, so a new reference or an I/O
/// call in Core fails here, naming where it is, before anyone builds on it.
/// </summary>
public partial class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> AllowedReferences = new(StringComparer.Ordinal)
    {
        ["ReviewBot.Core"] = [],
        ["ReviewBot.Slack"] = ["ReviewBot.Core"],
        ["ReviewBot.Teams"] = ["ReviewBot.Core"],
        ["ReviewBot.Storage"] = ["ReviewBot.Core"],
        ["ReviewBot.Reports"] = ["ReviewBot.Core"],
        ["ReviewBot.Host"] = ["ReviewBot.Core", "ReviewBot.Reports", "ReviewBot.Slack", "ReviewBot.Storage", "ReviewBot.Teams"],
    };

    /// <summary>What Core's source must not touch: the network, files and folders, databases.</summary>
    private static readonly (string What, Regex Pattern)[] ForbiddenInCore =
    [
        ("the network (System.Net)", NetworkNamespace()),
        ("the network (HTTP or socket types)", NetworkTypes()),
        ("files or folders (System.IO)", FileSystemUse()),
        ("a database (System.Data)", DataNamespace()),
        ("a database (ADO.NET types)", DatabaseTypes()),
    ];

    public static TheoryData<string> Projects => [.. AllowedReferences.Keys];

    [Fact]
    public void Core_depends_on_the_base_class_library_only()
    {
        var references = typeof(Ids).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard",
            $"ReviewBot.Core references {name}; Core holds the domain and dialogs and does no I/O."));
        Assert.DoesNotContain(references, name => name.StartsWith("System.Net", StringComparison.Ordinal) || name.StartsWith("System.Data", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_project_under_src_has_its_place_in_the_dependency_rules()
    {
        var found = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            found.SequenceEqual(AllowedReferences.Keys.Order(StringComparer.Ordinal)),
            $"src holds the projects [{string.Join(", ", found)}], the rules name [{string.Join(", ", AllowedReferences.Keys.Order(StringComparer.Ordinal))}]; "
            + "give a new project its allowed references in ArchitectureTests.AllowedReferences.");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Each_project_references_exactly_the_projects_its_layer_allows(string project)
    {
        var file = ProjectFile(project);
        var references = ProjectReferences(file);
        var allowed = AllowedReferences[project];

        var forbidden = references.Except(allowed, StringComparer.Ordinal).ToList();
        var missing = allowed.Except(references, StringComparer.Ordinal).ToList();

        Assert.True(
            forbidden.Count == 0,
            $"{Relative(file)} references {string.Join(", ", forbidden)}; {project} may reference only [{string.Join(", ", allowed)}]. "
            + "Reach storage or another adapter through a port in ReviewBot.Core instead.");
        Assert.True(
            missing.Count == 0,
            $"{Relative(file)} does not reference {string.Join(", ", missing)}; {project} is expected to reference [{string.Join(", ", allowed)}].");
    }

    [Fact]
    public void Cores_source_uses_no_network_no_files_and_no_database()
    {
        var core = Path.Combine(RepositoryRoot(), "src", "ReviewBot.Core");
        var sources = Directory.GetFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(core, f)))
            .ToList();
        Assert.NotEmpty(sources);

        var violations = (
            from file in sources
            from line in File.ReadLines(file).Select((text, index) => (Text: WithoutComment(text), Number: index + 1))
            from rule in ForbiddenInCore
            let match = rule.Pattern.Match(line.Text)
            where match.Success
            select $"{Relative(file)}:{line.Number} uses {rule.What} ({match.Value})").ToList();

        Assert.True(violations.Count == 0, "ReviewBot.Core does no I/O; move this behind a port that an outer project implements:\n" + string.Join("\n", violations));
    }

    [Theory]
    [InlineData("using System.Net.Http;")]
    [InlineData("var client = new HttpClient();")]
    [InlineData("var text = File.ReadAllText(path);")]
    [InlineData("Directory.CreateDirectory(folder);")]
    [InlineData("using var stream = new FileStream(path, FileMode.Open);")]
    [InlineData("using var reader = new StreamReader(path);")]
    [InlineData("var name = System.IO.Path.GetFileName(path);")]
    [InlineData("using System.Data.Common;")]
    [InlineData("DbConnection connection = Open();")]
    public void The_source_scan_recognises_what_it_forbids(string line)
    {
        Assert.Contains(ForbiddenInCore, rule => rule.Pattern.IsMatch(WithoutComment(line)));
    }

    [Theory]
    [InlineData("/// <summary>Files that go with the message (File.Name is shown).</summary>")]
    [InlineData("var files = message.Files;")]
    [InlineData("public sealed record MessageFile(string FileName, string ContentType);")]
    [InlineData("var url = \"https://example.com/reports\"; // File.ReadAllText would be I/O")]
    [InlineData("var reader = new StringReader(text);")]
    public void The_source_scan_leaves_what_is_not_io_alone(string line)
    {
        Assert.DoesNotContain(ForbiddenInCore, rule => rule.Pattern.IsMatch(WithoutComment(line)));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}; the architecture tests read the repository's project files.");
    }

    private static string ProjectFile(string project) => Path.Combine(RepositoryRoot(), "src", project, project + ".csproj");

    private static List<string> ProjectReferences(string projectFile) =>
        [.. XDocument.Load(projectFile)
            .Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => (string?)e.Attribute("Include") ?? "")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .Order(StringComparer.Ordinal)];

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot(), path).Replace('\\', '/');

    private static bool IsBuildOutput(string relativePath)
    {
        var first = relativePath.Replace('\\', '/').Split('/')[0];
        return first is "obj" or "bin";
    }

    /// <summary>The line without its <c>//</c> comment; the <c>//</c> of a URL (after a colon) is kept.</summary>
    private static string WithoutComment(string line) => LineComment().Replace(line, "");

    [GeneratedRegex(@"(^|[^:])//.*$")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"\bSystem\.Net\b")]
    private static partial Regex NetworkNamespace();

    [GeneratedRegex(@"\b(HttpClient|HttpRequestMessage|HttpResponseMessage|WebRequest|WebClient|Socket|TcpClient|UdpClient|Dns)\b")]
    private static partial Regex NetworkTypes();

    [GeneratedRegex(@"\bSystem\.IO\.(File|Directory|Path|FileStream|FileInfo|DirectoryInfo|StreamReader|StreamWriter|DriveInfo|FileSystemWatcher)\b|\b(File|Directory|Path)\.[A-Z]\w*|\b(FileStream|FileInfo|DirectoryInfo|StreamReader|StreamWriter|DriveInfo|FileSystemWatcher|FileMode)\b")]
    private static partial Regex FileSystemUse();

    [GeneratedRegex(@"\bSystem\.Data\b")]
    private static partial Regex DataNamespace();

    [GeneratedRegex(@"\b(DbConnection|DbCommand|DbTransaction|DbDataReader|IDbConnection|IDbCommand|DataTable|DataSet|SqlConnection)\b")]
    private static partial Regex DatabaseTypes();
}
