using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ReviewBot.Core.Tests;

/// <summary>
/// Dependencies point inward: Core knows nothing, the adapters, storage and documents know Core, the host
/// knows them all. Read from the project files (with the Directory.Build files they import) and from Core's
/// compiled assembly, so a new reference or an I/O type in Core fails here however the source spelled it
/// (a static or aliased using, a global:: name), before anyone builds on it.
/// </summary>
public class ArchitectureTests
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
    public void Cores_compiled_code_uses_no_network_no_files_and_no_database()
    {
        var violations = ForbiddenTypeReferences(CoreTypeReferences());

        Assert.True(
            violations.Count == 0,
            "ReviewBot.Core does no I/O; move this behind a port that an outer project implements. Core's assembly refers to:\n"
            + string.Join("\n", violations));
    }

    [Theory]
    [InlineData("System.IO", "File")]
    [InlineData("System.IO", "RandomAccess")]
    [InlineData("System.IO", "FileSystemInfo")]
    [InlineData("System.Net.Http", "HttpClient")]
    [InlineData("System.Net", "Dns")]
    [InlineData("System.Data.Common", "DbConnection")]
    public void The_compiled_code_check_recognises_what_it_forbids(string ns, string name)
    {
        Assert.Single(ForbiddenTypeReferences([(ns, name)]));
    }

    [Theory]
    [InlineData("System.IO", "Path")]
    [InlineData("System.IO", "Stream")]
    [InlineData("System.IO", "MemoryStream")]
    [InlineData("System.IO", "StringReader")]
    [InlineData("System.Collections.Generic", "List`1")]
    [InlineData("System", "Network")]
    public void The_compiled_code_check_leaves_what_is_not_io_alone(string ns, string name)
    {
        Assert.Empty(ForbiddenTypeReferences([(ns, name)]));
    }

    [Fact]
    public void The_compiled_code_check_reads_types_core_really_uses()
    {
        // Guards the reader itself: were it to find nothing, the I/O rule above would pass on any assembly.
        Assert.Contains(("System", "TimeProvider"), CoreTypeReferences());
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Only_storage_and_the_host_reference_database_packages(string project)
    {
        var packages = MSBuildItems(ProjectFile(project), "PackageReference")
            .Where(IsDatabasePackage)
            .ToList();

        Assert.True(
            project is "ReviewBot.Storage" or "ReviewBot.Host" || packages.Count == 0,
            $"{project} references {string.Join(", ", packages)}; only ReviewBot.Storage (and the host that wires it) talks to a database.");
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
        [.. MSBuildItems(projectFile, "ProjectReference")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// The items of one kind in the project file and in every file MSBuild reads with it: the Directory.Build.props
    /// and .targets above it and what they import. Conditions are not evaluated, so a conditional reference counts.
    /// </summary>
    private static IEnumerable<string> MSBuildItems(string projectFile, string itemName) =>
        MSBuildFiles(projectFile)
            .SelectMany(file => XDocument.Load(file).Descendants())
            .Where(e => e.Name.LocalName == itemName)
            .Select(e => (string?)e.Attribute("Include") ?? "")
            .Where(include => include.Length > 0);

    private static List<string> MSBuildFiles(string projectFile)
    {
        var root = RepositoryRoot();
        var pending = new Stack<string>([projectFile]);
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(projectFile)!); folder is not null && folder.FullName.StartsWith(root, StringComparison.Ordinal); folder = folder.Parent)
        {
            foreach (var name in (string[])["Directory.Build.props", "Directory.Build.targets"])
            {
                if (File.Exists(Path.Combine(folder.FullName, name)))
                {
                    pending.Push(Path.Combine(folder.FullName, name));
                }
            }
        }

        var seen = new List<string>();
        while (pending.TryPop(out var file))
        {
            if (seen.Contains(file, StringComparer.Ordinal))
            {
                continue;
            }

            seen.Add(file);
            var folder = Path.GetDirectoryName(file)!;
            foreach (var import in XDocument.Load(file).Descendants().Where(e => e.Name.LocalName == "Import"))
            {
                var path = ((string?)import.Attribute("Project") ?? "")
                    .Replace("$(MSBuildThisFileDirectory)", folder + "/", StringComparison.Ordinal)
                    .Replace('\\', '/');
                var full = Path.GetFullPath(Path.Combine(folder, path));
                // Imports the SDK resolves ($(MSBuildExtensionsPath), GetPathOfFileAbove) are outside the repository.
                if (!path.Contains("$(", StringComparison.Ordinal) && File.Exists(full))
                {
                    pending.Push(full);
                }
            }
        }

        return seen;
    }

    private static bool IsDatabasePackage(string package) =>
        package.Equals("Dapper", StringComparison.OrdinalIgnoreCase)
        || package.StartsWith("Dapper.", StringComparison.OrdinalIgnoreCase)
        || package.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase)
        || package.StartsWith("Microsoft.Data.Sqlite", StringComparison.OrdinalIgnoreCase)
        || package.StartsWith("Hangfire.PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every type Core's compiled assembly refers to outside itself, by namespace and name (nested types by their outermost).</summary>
    private static List<(string Namespace, string Name)> CoreTypeReferences()
    {
        using var stream = File.OpenRead(typeof(Ids).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.TypeReferences
            .Select(handle => Outermost(metadata, metadata.GetTypeReference(handle)))
            .Select(t => (metadata.GetString(t.Namespace), metadata.GetString(t.Name)))
            .Distinct()];
    }

    private static TypeReference Outermost(MetadataReader metadata, TypeReference type)
    {
        while (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            type = metadata.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
        }

        return type;
    }

    private static readonly HashSet<string> FileSystemTypes = new(StringComparer.Ordinal)
    {
        "File", "Directory", "FileStream", "FileInfo", "DirectoryInfo", "RandomAccess", "StreamReader", "StreamWriter",
        "FileSystemWatcher", "FileSystemInfo", "DriveInfo",
    };

    private static List<string> ForbiddenTypeReferences(IEnumerable<(string Namespace, string Name)> references) =>
        [.. references
            .Where(t => (t.Namespace == "System.IO" && FileSystemTypes.Contains(t.Name))
                || IsUnder(t.Namespace, "System.Net")
                || IsUnder(t.Namespace, "System.Data"))
            .Select(t => $"{t.Namespace}.{t.Name}")
            .Order(StringComparer.Ordinal)];

    private static bool IsUnder(string ns, string root) =>
        ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot(), path).Replace('\\', '/');
}
