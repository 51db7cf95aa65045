using System.Security.Claims;
using ReviewBot.Teams.Auth;
using ReviewBot.Testing;

namespace ReviewBot.Teams.Tests.Auth;

public class BotTokenValidatorTests
{
    [Fact]
    public async Task A_token_from_the_bot_connector_is_valid_and_carries_its_claims()
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        var result = await h.ValidateAsync(new FakeBotToken());

        Assert.True(result.IsValid, result.FailureReason);
        Assert.Null(result.FailureReason);
        var identity = Assert.IsType<ClaimsIdentity>(result.Identity, exactMatch: false);
        Assert.True(identity.IsAuthenticated);
        Assert.Equal(FakeBotFramework.Issuer, identity.FindFirst("iss")?.Value);
        Assert.Equal(h.Bot.AppId, identity.FindFirst("aud")?.Value);
        Assert.Equal(FakeBotFramework.DefaultServiceUrl, identity.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task Tokens_signed_with_the_other_rsa_algorithms_are_valid(string algorithm)
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        var result = await h.ValidateAsync(new FakeBotToken { Algorithm = algorithm });

        Assert.True(result.IsValid, result.FailureReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer ")]
    public async Task A_request_without_a_token_is_rejected_as_missing_token(string? header)
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        var result = await h.ValidateAsync(header);

        AssertRejected(BotAuthFailures.MissingToken, result);
        Assert.Equal(0, h.Bot.MetadataFetches);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearertoken")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30.c2ln")]
    public async Task An_authorization_header_that_is_not_bearer_is_rejected(string header)
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        AssertRejected(BotAuthFailures.NotBearer, await h.ValidateAsync(header));
    }

    [Fact]
    public async Task The_bearer_scheme_is_matched_without_regard_to_case()
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        var result = await h.ValidateAsync("bearer " + h.Bot.MintToken());

        Assert.True(result.IsValid, result.FailureReason);
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    public async Task A_bearer_value_that_is_not_a_jwt_is_rejected_as_malformed(string header)
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        AssertRejected(BotAuthFailures.Malformed, await h.ValidateAsync(header));
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_rejected()
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        AssertRejected(BotAuthFailures.WrongIssuer, await h.ValidateAsync(new FakeBotToken { Issuer = "https://sts.windows.net/evil/" }));
    }

    [Fact]
    public async Task An_issuer_added_to_the_valid_issuers_is_accepted()
    {
        const string tenantIssuer = "https://login.microsoftonline.com/7e7e7e7e-0000-4000-8000-000000007e57/v2.0";
        await using var h = await TeamsAuthHarness.StartAsync(s => s["Teams:ValidIssuers:1"] = tenantIssuer);

        Assert.True((await h.ValidateAsync(new FakeBotToken { Issuer = tenantIssuer })).IsValid);
        Assert.True((await h.ValidateAsync(new FakeBotToken())).IsValid);
    }

    [Fact]
    public async Task A_token_for_another_bot_is_rejected_as_wrong_audience()
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        AssertRejected(BotAuthFailures.WrongAudience, await h.ValidateAsync(new FakeBotToken { Audience = "another-bot-app-id" }));
    }

    [Fact]
    public async Task A_token_that_expired_more_than_five_minutes_ago_is_rejected()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var token = new FakeBotToken { NotBefore = TeamsAuthHarness.Start.AddHours(-1), Expires = TeamsAuthHarness.Start.AddMinutes(-6) };

        AssertRejected(BotAuthFailures.Expired, await h.ValidateAsync(token));
    }

    [Fact]
    public async Task A_token_expires_when_the_clock_passes_its_expiry_and_the_skew()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var header = h.Bot.AuthorizationHeader();

        Assert.True((await h.ValidateAsync(header)).IsValid);
        h.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        AssertRejected(BotAuthFailures.Expired, await h.ValidateAsync(header));
    }

    [Fact]
    public async Task A_token_valid_only_from_more_than_five_minutes_ahead_is_rejected_as_not_yet_valid()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var token = new FakeBotToken { NotBefore = TeamsAuthHarness.Start.AddMinutes(6), Expires = TeamsAuthHarness.Start.AddHours(1) };

        AssertRejected(BotAuthFailures.NotYetValid, await h.ValidateAsync(token));
    }

    [Theory]
    [InlineData(-60, -4)]
    [InlineData(4, 60)]
    public async Task A_token_within_the_five_minute_clock_skew_is_accepted(int notBeforeMinutes, int expiresMinutes)
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var token = new FakeBotToken
        {
            NotBefore = TeamsAuthHarness.Start.AddMinutes(notBeforeMinutes),
            Expires = TeamsAuthHarness.Start.AddMinutes(expiresMinutes),
        };

        var result = await h.ValidateAsync(token);

        Assert.True(result.IsValid, result.FailureReason);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_under_a_published_kid_is_rejected_as_bad_signature()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var impostor = h.Bot.AddKey(keyId: h.Bot.CurrentKey.KeyId, publish: false);

        AssertRejected(BotAuthFailures.BadSignature, await h.ValidateAsync(new FakeBotToken { SigningKey = impostor }));
    }

    [Fact]
    public async Task A_token_with_an_unknown_kid_is_rejected_after_one_refetch_of_the_keys()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        Assert.True((await h.ValidateAsync(new FakeBotToken())).IsValid);
        Assert.Equal(1, h.Bot.KeyFetches);
        var stranger = h.Bot.AddKey(publish: false);

        var result = await h.ValidateAsync(new FakeBotToken { SigningKey = stranger });

        AssertRejected(BotAuthFailures.UnknownKey, result);
        Assert.Equal(2, h.Bot.KeyFetches);
    }

    [Fact]
    public async Task Unknown_kids_refetch_the_keys_at_most_once_a_minute()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var stranger = h.Bot.AddKey(publish: false);

        for (var i = 0; i < 5; i++)
        {
            AssertRejected(BotAuthFailures.UnknownKey, await h.ValidateAsync(new FakeBotToken { SigningKey = stranger }));
        }

        Assert.Equal(2, h.Bot.KeyFetches);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        AssertRejected(BotAuthFailures.UnknownKey, await h.ValidateAsync(new FakeBotToken { SigningKey = stranger }));
        Assert.Equal(3, h.Bot.KeyFetches);
    }

    [Fact]
    public async Task A_key_rotated_in_after_the_keys_were_cached_is_accepted_after_one_refetch()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        Assert.True((await h.ValidateAsync(new FakeBotToken())).IsValid);

        h.Bot.RotateKey(retireOld: true);
        var result = await h.ValidateAsync(new FakeBotToken());

        Assert.True(result.IsValid, result.FailureReason);
        Assert.Equal(2, h.Bot.KeyFetches);
    }

    [Fact]
    public async Task The_keys_are_fetched_once_for_many_tokens()
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => h.ValidateAsync(new FakeBotToken())));

        Assert.All(results, r => Assert.True(r.IsValid, r.FailureReason));
        Assert.Equal(1, h.Bot.MetadataFetches);
        Assert.Equal(1, h.Bot.KeyFetches);
    }

    [Fact]
    public async Task An_unsigned_token_is_rejected_without_fetching_keys()
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        AssertRejected(BotAuthFailures.DisallowedAlgorithm, await h.ValidateAsync(new FakeBotToken { Algorithm = "none" }));
        Assert.Equal(0, h.Bot.KeyFetches);
    }

    [Theory]
    [InlineData("HS256")]
    [InlineData("HS512")]
    [InlineData("PS256")]
    [InlineData("ES256")]
    public async Task A_token_signed_with_anything_but_rs256_rs384_or_rs512_is_rejected(string algorithm)
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var header = algorithm.StartsWith("ES", StringComparison.Ordinal)
            ? "Bearer " + ForgedHeader("{\"alg\":\"ES256\",\"kid\":\"" + h.Bot.CurrentKey.KeyId + "\"}", h.Bot.MintToken())
            : h.Bot.AuthorizationHeader(new FakeBotToken { Algorithm = algorithm });

        AssertRejected(BotAuthFailures.DisallowedAlgorithm, await h.ValidateAsync(header));
    }

    [Fact]
    public async Task A_token_signed_by_a_key_not_endorsed_for_msteams_is_rejected()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var webchat = h.Bot.AddKey(endorsements: ["webchat", "directline"]);

        var result = await h.ValidateAsync(new FakeBotToken { SigningKey = webchat });

        AssertRejected("not endorsed for msteams", result);
    }

    [Fact]
    public async Task A_key_endorsed_for_msteams_is_not_accepted_for_an_activity_claiming_another_channel()
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        AssertRejected("not endorsed for webchat", await h.ValidateAsync(h.Bot.AuthorizationHeader(), channelId: "webchat"));
        AssertRejected("not endorsed for this channel", await h.ValidateAsync(h.Bot.AuthorizationHeader(), channelId: "msteams\nforged log line"));
    }

    [Fact]
    public async Task An_activity_without_a_channel_id_is_rejected()
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        AssertRejected(BotAuthFailures.MissingChannelId, await h.ValidateAsync(h.Bot.AuthorizationHeader(), channelId: null));
    }

    [Fact]
    public async Task A_token_issued_for_another_service_url_is_rejected()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var token = new FakeBotToken { ServiceUrl = "https://smba.trafficmanager.net/emea/" };

        AssertRejected(BotAuthFailures.ServiceUrlMismatch, await h.ValidateAsync(token));
    }

    [Fact]
    public async Task A_token_without_a_serviceurl_claim_is_rejected()
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        AssertRejected(BotAuthFailures.ServiceUrlMismatch, await h.ValidateAsync(new FakeBotToken { OmitServiceUrl = true }));
    }

    [Fact]
    public async Task An_activity_without_a_service_url_is_rejected()
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        AssertRejected(BotAuthFailures.MissingServiceUrl, await h.ValidateAsync(h.Bot.AuthorizationHeader(), serviceUrl: null));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams")]
    [InlineData("HTTPS://SMBA.trafficmanager.net/Teams/")]
    public async Task The_service_url_matches_ignoring_case_and_a_trailing_slash(string activityServiceUrl)
    {
        await using var h = await TeamsAuthHarness.StartAsync();

        var result = await h.ValidateAsync(h.Bot.AuthorizationHeader(), serviceUrl: activityServiceUrl);

        Assert.True(result.IsValid, result.FailureReason);
    }

    [Fact]
    public async Task Unavailable_metadata_rejects_the_token()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        h.Bot.MetadataUnavailable = true;

        AssertRejected(BotAuthFailures.MetadataUnavailable, await h.ValidateAsync(new FakeBotToken()));
        Assert.Equal(1, h.Bot.MetadataFetches);
    }

    [Fact]
    public async Task Metadata_nobody_answers_for_rejects_the_token()
    {
        await using var h = await TeamsAuthHarness.StartAsync(s => s["Teams:OpenIdMetadataUrl"] = "http://127.0.0.1:1/.well-known/openidconfiguration");

        AssertRejected(BotAuthFailures.MetadataUnavailable, await h.ValidateAsync(new FakeBotToken()));
    }

    [Fact]
    public async Task Metadata_over_plain_http_from_a_remote_host_is_refused()
    {
        await using var h = await TeamsAuthHarness.StartAsync(s => s["Teams:AppId"] = null);
        var validator = new BotTokenValidator(
            new NoHttpClientFactory(),
            Microsoft.Extensions.Options.Options.Create(new TeamsOptions { AppId = h.Bot.AppId, OpenIdMetadataUrl = new Uri("http://login.botframework.com/v1/.well-known/openidconfiguration") }),
            h.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<BotTokenValidator>.Instance);

        var result = await validator.ValidateAsync(h.Bot.AuthorizationHeader(), FakeBotFramework.Teams, FakeBotFramework.DefaultServiceUrl, TestContext.Current.CancellationToken);

        AssertRejected(BotAuthFailures.MetadataUnavailable, result);
    }

    [Fact]
    public async Task Without_an_app_id_every_token_is_rejected()
    {
        await using var h = await TeamsAuthHarness.StartAsync(s =>
        {
            s["Teams:AppId"] = null;
            s["Teams:AppPassword"] = null;
        });

        AssertRejected(BotAuthFailures.NotConfigured, await h.ValidateAsync(new FakeBotToken()));
    }

    [Fact]
    public async Task Rejections_are_logged_with_their_reason_and_never_the_token()
    {
        await using var h = await TeamsAuthHarness.StartAsync();
        var tokens = new[]
        {
            h.Bot.MintToken(new FakeBotToken { Issuer = "https://evil.example" }),
            h.Bot.MintToken(new FakeBotToken { Algorithm = "none" }),
            h.Bot.MintToken(new FakeBotToken { SigningKey = h.Bot.AddKey(publish: false) }),
            h.Bot.MintToken(new FakeBotToken { ServiceUrl = "https://elsewhere.example/" }),
            h.Bot.MintToken(),
        };

        foreach (var token in tokens)
        {
            await h.ValidateAsync("Bearer " + token);
        }

        Assert.Contains(h.Logs.Logs, l => l.Contains(BotAuthFailures.WrongIssuer));
        Assert.Contains(h.Logs.Logs, l => l.Contains(BotAuthFailures.ServiceUrlMismatch));
        foreach (var token in tokens)
        {
            // The signature alone would identify the token; no part of it may appear.
            Assert.DoesNotContain(h.Logs.Logs, l => l.Contains(token) || l.Contains(token.Split('.')[1]) || (token.Split('.')[2].Length > 0 && l.Contains(token.Split('.')[2])));
        }
    }

    private static void AssertRejected(string reason, BotAuthResult result)
    {
        Assert.False(result.IsValid);
        Assert.Equal(reason, result.FailureReason);
        Assert.Null(result.Identity);
    }

    private static string ForgedHeader(string header, string token)
    {
        var parts = token.Split('.');
        return $"{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(header)}.{parts[1]}.{parts[2]}";
    }

    private sealed class NoHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("No request should be made.");
    }
}
