using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ReviewBot.Host.Options;
using ReviewBot.Host.Reports;
using ReviewBot.Host.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Reports;

public class ReportsOptionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Reports:PublicBaseUrl", "/reports", "Reports:PublicBaseUrl is '/reports'; it must be an absolute http or https URL")]
    [InlineData("Reports:PublicBaseUrl", "reviews.example.com", "Reports:PublicBaseUrl is 'reviews.example.com'; it must be an absolute http or https URL")]
    [InlineData("Reports:PublicBaseUrl", "ftp://reviews.example.com/", "Reports:PublicBaseUrl is 'ftp://reviews.example.com/'; it must be an absolute http or https URL")]
    [InlineData("Reports:LinkDays", "0", "Reports:LinkDays is 0; it must be from 1 to 3650")]
    [InlineData("Reports:LinkDays", "3651", "Reports:LinkDays is 3651; it must be from 1 to 3650")]
    public async Task A_wrong_report_setting_stops_start_up_with_a_message_naming_it(string key, string value, string message)
    {
        using var folder = new TemporaryFolder();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFolder"] = folder.FullPath, [key] = value });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddReviewBotStorage();
        builder.AddReviewBotReports();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Ct));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "90")]
    [InlineData("https://reviews.example.com/", "1")]
    [InlineData("http://localhost:5000", "3650")]
    public void Sensible_report_settings_pass(string? publicBaseUrl, string linkDays)
    {
        var result = new ReportsOptionsValidator().Validate(null, new ReportsOptions { PublicBaseUrl = publicBaseUrl, LinkDays = int.Parse(linkDays, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
