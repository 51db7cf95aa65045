using ReviewBot.Core.Scheduling;

namespace ReviewBot.Core.Tests.Scheduling;

public class DeliveryRetriesTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 5, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 5)]
    [InlineData(2, 15)]
    [InlineData(3, 30)]
    [InlineData(4, 60)]
    [InlineData(5, 120)]
    [InlineData(6, 120)]
    [InlineData(20, 120)]
    public void Each_failed_attempt_waits_longer_than_the_one_before_up_to_two_hours(int attemptsBefore, int minutes)
    {
        var retry = DeliveryRetries.AfterFailedAttempt(attemptsBefore, maxAttempts: 100, Now);

        Assert.False(retry.GivesUp);
        Assert.Equal(attemptsBefore + 1, retry.Attempts);
        Assert.Equal(Now.AddMinutes(minutes), retry.RetryAt);
    }

    [Fact]
    public void The_attempt_that_reaches_the_maximum_gives_up_and_says_how_often_it_was_tried()
    {
        var lastButOne = DeliveryRetries.AfterFailedAttempt(attemptsBefore: 3, maxAttempts: 5, Now);
        var last = DeliveryRetries.AfterFailedAttempt(attemptsBefore: 4, maxAttempts: 5, Now);

        Assert.Equal(Now.AddMinutes(30), lastButOne.RetryAt);
        Assert.Equal("the chat service answered HTTP 503", lastButOne.Reason("the chat service answered HTTP 503"));
        Assert.True(last.GivesUp);
        Assert.Null(last.RetryAt);
        Assert.Equal("the chat service answered HTTP 503, 5 attempts", last.Reason("the chat service answered HTTP 503"));
    }

    [Fact]
    public void With_one_attempt_allowed_the_first_failure_gives_up()
    {
        Assert.True(DeliveryRetries.AfterFailedAttempt(attemptsBefore: 0, maxAttempts: 1, Now).GivesUp);
    }

    [Fact]
    public void A_negative_attempt_count_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeliveryRetries.AfterFailedAttempt(-1, 5, Now));
    }
}
