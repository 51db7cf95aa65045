using Microsoft.Extensions.Logging;
using ReviewBot.Host.Scheduling;

namespace ReviewBot.Host.Tests.Scheduling;

public class HangfireLogsTests
{
    [Fact]
    public void A_logger_asked_of_a_stopped_hosts_provider_is_silent_instead_of_failing_the_host_that_starts()
    {
        var loggers = LoggerFactory.Create(_ => { });
        var logs = new HangfireLogs(loggers);
        Assert.NotNull(logs.GetLogger("Hangfire.Server"));

        // The host that set Hangfire's process-wide provider has stopped: its factory is disposed.
        loggers.Dispose();
        var log = logs.GetLogger("Hangfire.RecurringJobManager");

        Assert.False(log.Log(Hangfire.Logging.LogLevel.Error, () => "not written", null));
    }
}
