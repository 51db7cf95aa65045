namespace ReviewBot.Core.Tests;

public class ArchitectureTests
{
    [Fact]
    public void Core_depends_on_the_base_class_library_only()
    {
        var references = typeof(Ids).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard",
            $"ReviewBot.Core references {name}; Core holds the domain and dialogs and does no I/O."));
        Assert.DoesNotContain(references, name => name.StartsWith("System.Net", StringComparison.Ordinal) || name.StartsWith("System.Data", StringComparison.Ordinal));
    }
}
