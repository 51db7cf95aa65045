using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Tests.Requests;

public class SlackRequestVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("token=x&team_id=T1&user_id=U1&command=%2Freview&text=week");

    private readonly SlackRequestVerifier _verifier = new(Options.Create(new SlackOptions { SigningSecret = Secret }), new FakeTimeProvider(Now));

    private static string Stamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Accepts_a_request_signed_with_the_secret_now()
    {
        var timestamp = Stamp(Now);

        Assert.Equal(SlackVerification.Valid, _verifier.Verify(timestamp, SlackRequestVerifier.Sign(Secret, timestamp, Body), Body));
    }

    [Fact]
    public void Matches_slacks_documented_example_signature()
    {
        // The example from Slack's "Verifying requests from Slack" page.
        var body = Encoding.UTF8.GetBytes("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");

        Assert.Equal("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SlackRequestVerifier.Sign(Secret, "1531420618", body));
    }

    [Fact]
    public void Rejects_a_request_signed_more_than_five_minutes_ago_or_ahead()
    {
        var old = Stamp(Now.AddMinutes(-5).AddSeconds(-1));
        var future = Stamp(Now.AddMinutes(5).AddSeconds(1));

        Assert.Equal(SlackVerification.Stale, _verifier.Verify(old, SlackRequestVerifier.Sign(Secret, old, Body), Body));
        Assert.Equal(SlackVerification.Stale, _verifier.Verify(future, SlackRequestVerifier.Sign(Secret, future, Body), Body));
    }

    [Fact]
    public void Rejects_a_body_altered_after_signing()
    {
        var timestamp = Stamp(Now);
        var signature = SlackRequestVerifier.Sign(Secret, timestamp, Body);
        var altered = Encoding.UTF8.GetBytes("token=x&team_id=T1&user_id=U1&command=%2Freview&text=remind");

        Assert.Equal(SlackVerification.Mismatch, _verifier.Verify(timestamp, signature, altered));
    }

    [Theory]
    [InlineData(null, "v0=abc", SlackVerification.Missing)]
    [InlineData("1795168800", null, SlackVerification.Missing)]
    [InlineData("yesterday", "v0=abc", SlackVerification.Malformed)]
    [InlineData("1795168800", "v1=00", SlackVerification.Mismatch)]
    [InlineData("1795168800", "v0=zz", SlackVerification.Mismatch)]
    public void Rejects_missing_or_malformed_headers(string? timestamp, string? signature, SlackVerification expected)
    {
        Assert.Equal(expected, _verifier.Verify(timestamp, signature, Body));
    }

    [Fact]
    public void Rejects_a_signature_made_with_another_secret()
    {
        var timestamp = Stamp(Now);

        Assert.Equal(SlackVerification.Mismatch, _verifier.Verify(timestamp, SlackRequestVerifier.Sign("another-secret", timestamp, Body), Body));
    }

    [Fact]
    public void Never_accepts_anything_without_a_configured_secret()
    {
        var open = new SlackRequestVerifier(Options.Create(new SlackOptions()), new FakeTimeProvider(Now));
        var timestamp = Stamp(Now);

        Assert.Equal(SlackVerification.NotConfigured, open.Verify(timestamp, SlackRequestVerifier.Sign("", timestamp, Body), Body));
    }
}
