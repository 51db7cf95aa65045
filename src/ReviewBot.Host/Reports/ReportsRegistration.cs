using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Reviews;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Reports;

public static class ReportsRegistration
{
    /// <summary>
    /// Report options (checked at start-up), the link maker behind <see cref="IReviewReports"/> and the reader of
    /// shared reports. The documents (<see cref="IReviewDocuments"/>: charts, CSV, XLSX) are registered on their own.
    /// </summary>
    public static IHostApplicationBuilder AddReviewBotReports(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IValidateOptions<ReportsOptions>, ReportsOptionsValidator>();
        builder.Services.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<PublicBaseUrl>();
        builder.Services.AddSingleton<IReviewReports, SharedReportLinks>();
        builder.Services.AddSingleton<ReportReviews>();
        // A report's token is in its URL path, and ASP.NET Core's request log writes whole paths at
        // Information. This category is held at Warning in code, more specific than any level an operator
        // sets for Microsoft.AspNetCore, so turning logging up never writes report links to the log.
        // Routing's matcher writes the request path at Debug, so it is held at Information the same way.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing.Matching", LogLevel.Information);
        return builder;
    }
}
