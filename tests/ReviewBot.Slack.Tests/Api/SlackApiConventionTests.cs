using System.Reflection;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Tests.Api;

/// <summary>SlackNet's ApiLintTests, ported: the conventions every Web API method keeps.</summary>
public class SlackApiConventionTests
{
    private static IEnumerable<MethodInfo> PublicApiMethods() =>
        typeof(SlackApiClient).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(SlackApiClient).Namespace)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType));

    [Fact]
    public void Every_awaitable_api_method_ends_in_Async_and_takes_a_cancellation_token_last()
    {
        var methods = PublicApiMethods().ToList();

        Assert.NotEmpty(methods);
        Assert.All(methods, m =>
        {
            Assert.EndsWith("Async", m.Name, StringComparison.Ordinal);
            var last = m.GetParameters()[^1];
            Assert.Equal(typeof(CancellationToken), last.ParameterType);
            Assert.True(last.HasDefaultValue, $"{m.DeclaringType?.Name}.{m.Name}: the token should be optional");
        });
    }
}
