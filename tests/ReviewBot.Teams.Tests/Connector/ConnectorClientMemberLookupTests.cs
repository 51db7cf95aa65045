using System.Net;
using ReviewBot.Teams.Connector;
using ReviewBot.Teams.Tests.Auth;
using ReviewBot.Testing;

namespace ReviewBot.Teams.Tests.Connector;

/// <summary>A member look-up fails only as a <see cref="ConnectorException"/>, except when its caller cancels it.</summary>
public class ConnectorClientMemberLookupTests
{
    private const string UserId = "29:someone";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("[]")]
    [InlineData("\"x\"")]
    [InlineData("{\"email\": 5}")]
    [InlineData("not json at all")]
    [InlineData("")]
    public async Task A_lookup_answered_with_a_body_that_is_not_a_member_fails_as_a_malformed_answer(string body)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.AnswerMemberLookupsWith(HttpStatusCode.OK, body);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => harness.GetMemberAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, failure.Status);
        Assert.Equal(ConnectorException.MalformedResponse, failure.Code);
        Assert.False(failure.IsPermanent);
    }

    [Fact]
    public async Task A_lookup_whose_connection_is_dropped_fails_as_unreachable()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.DropMemberLookups();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => harness.GetMemberAsync(Ct));

        Assert.Null(failure.Status);
        Assert.Equal(ConnectorException.Unreachable, failure.Code);
    }

    [Fact]
    public async Task A_lookup_that_times_out_fails_as_not_answered()
    {
        await using var harness = await ConnectorHarness.StartAsync(timeout: TimeSpan.FromMilliseconds(200));
        harness.Connector.DelayMemberLookups(TimeSpan.FromSeconds(30));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => harness.GetMemberAsync(Ct));

        Assert.Null(failure.Status);
        Assert.Equal(ConnectorException.NotAttempted, failure.Code);
    }

    [Fact]
    public async Task A_lookup_its_caller_cancels_is_cancelled_not_failed()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Connector.DelayMemberLookups(TimeSpan.FromSeconds(30));
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        stopping.CancelAfter(TimeSpan.FromMilliseconds(200));

        var failure = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.GetMemberAsync(stopping.Token));

        Assert.IsNotType<ConnectorException>(failure);
        Assert.Contains(harness.Connector.Calls, c => c.Method == "GET");
    }

    /// <summary>A connector client on a plain HttpClient (no retries), against a fake Bot Framework and connector.</summary>
    private sealed class ConnectorHarness : IAsyncDisposable
    {
        private readonly TeamsAuthHarness auth;
        private readonly HttpClient http;
        private readonly ConnectorClient client;

        private ConnectorHarness(TeamsAuthHarness auth, FakeBotConnector connector, HttpClient http)
        {
            this.auth = auth;
            Connector = connector;
            this.http = http;
            client = new ConnectorClient(http, auth.Provider);
        }

        public FakeBotConnector Connector { get; }

        public static async Task<ConnectorHarness> StartAsync(TimeSpan? timeout = null)
        {
            var auth = await TeamsAuthHarness.StartAsync();
            var connector = await FakeBotConnector.StartAsync(token => auth.Bot.IssuedTokens.Contains(token), Ct);
            return new ConnectorHarness(auth, connector, new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(30) });
        }

        public Task<ReviewBot.Teams.Schema.TeamsMember> GetMemberAsync(CancellationToken cancellationToken) =>
            client.GetMemberAsync(Connector.ServiceUrl.ToString(), "a:conversation", UserId, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            http.Dispose();
            await Connector.DisposeAsync();
            await auth.DisposeAsync();
        }
    }
}
