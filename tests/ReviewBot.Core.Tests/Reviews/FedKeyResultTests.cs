using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Streams;
using ReviewBot.Core.Tests.Conversation;

namespace ReviewBot.Core.Tests.Reviews;

/// <summary>
/// Andy's "Live-stream GMV" key result is fed by the streams' GMV: US$10,000 from a stream in week 7, €5,000 (US$5,800
/// at the quarter's 1.16) from one in week 8, and nothing from a week-8 stream that was called off.
/// </summary>
public class FedKeyResultTests
{
    private readonly TestTeam _team = new();
    private readonly KeyResult _liveGmv;

    public FedKeyResultTests()
    {
        _liveGmv = new KeyResult
        {
            Id = "kr-live-gmv",
            WorkspaceId = TestTeam.WorkspaceId,
            ObjectiveId = "obj-live",
            Key = "live-gmv",
            Title = "Live-stream GMV",
            OwnerMemberId = _team.Andy.Id,
            Unit = KeyResultUnit.Currency("USD"),
            Start = 0m,
            Target = 100_000m,
            Basis = "Two shows a week",
            Feed = new KeyResultFeed(StreamMetrics.Gmv),
        };
        _team.Store.Objectives.Add(new Objective
        {
            Id = "obj-live",
            WorkspaceId = TestTeam.WorkspaceId,
            TeamId = _team.Team.Id,
            Quarter = TestTeam.Q4,
            Key = "live",
            Title = "Sell live",
            Basis = "Buyers watch",
            Position = 1,
            KeyResults = [_liveGmv],
        });
        Streamed("s-week7", new DateTimeOffset(2026, 11, 12, 12, 0, 0, TimeSpan.Zero), "USD", gmv: "10000");
        Streamed("s-week8", new DateTimeOffset(2026, 11, 18, 12, 0, 0, TimeSpan.Zero), "EUR", gmv: "5000");
        Streamed("s-called-off", new DateTimeOffset(2026, 11, 19, 12, 0, 0, TimeSpan.Zero), "USD", gmv: "99999", cancelled: true);
        // Andy checked in on it by hand before it was fed: the streams' sum replaces that.
        _team.CheckedIn(_team.Andy, _liveGmv, 6, 70_000m);
    }

    [Fact]
    public async Task The_quarter_review_gives_a_fed_key_result_the_running_sum_of_its_streams_gmv_converted_into_its_currency()
    {
        var (data, previous) = await QuarterData.LoadForReviewAsync(_team.Store, _team.Team, TestTeam.Q4, TestContext.Current.CancellationToken);
        var review = QuarterReview.Build(data, person: null, _team.Time.GetUtcNow(), previous);

        var live = review.KeyResults.Single(r => r.KeyResult.Id == _liveGmv.Id);
        Assert.Equal([(7, 10_000m), (8, 15_800m)], live.Weekly.Select(w => (w.Week, w.Value)));
    }

    [Fact]
    public async Task Review_me_shows_the_fed_value_like_a_checked_in_one()
    {
        var me = (await _team.SayAsync(_team.Andy, "review me")).Message();

        var live = me.Sections.Single().Facts.Single(f => f.Label == "Live-stream GMV").Value;
        Assert.StartsWith("US$15.8k in week 8 · target US$100k", live, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_in_form_leaves_a_fed_key_result_out()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();

        Assert.Contains(form.Fields, f => f.Id.Contains("kr-us-revenue", StringComparison.Ordinal));
        Assert.DoesNotContain(form.Fields, f => f.Id.Contains(_liveGmv.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_members_part_of_the_quarter_carries_their_fed_values_and_no_one_elses()
    {
        var ben = await QuarterData.LoadMemberPartAsync(_team.Store, _team.Team, _team.Ben, TestTeam.Q4, TestContext.Current.CancellationToken);
        var andy = await QuarterData.LoadMemberPartAsync(_team.Store, _team.Team, _team.Andy, TestTeam.Q4, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(ben.CheckIns, c => c.AuthorMemberId == FedKeyResults.AuthorId);
        Assert.Equal(15_800m, andy.CheckIns.Where(c => c.KeyResultId == _liveGmv.Id).MaxBy(c => c.WeekNumber)!.Value);
        Assert.DoesNotContain(andy.CheckIns, c => c.KeyResultId == _liveGmv.Id && c.AuthorMemberId == _team.Andy.Id);
    }

    [Fact]
    public async Task An_owner_whose_only_key_result_is_fed_is_not_counted_as_missing_check_ins()
    {
        var objective = _team.Store.Objectives.Single(o => o.Id == "obj-live");
        _team.Store.Objectives.Remove(objective);
        _team.Store.Objectives.Add(objective with { KeyResults = [_liveGmv with { OwnerMemberId = _team.Mia.Id }] });

        var (data, previous) = await QuarterData.LoadForReviewAsync(_team.Store, _team.Team, TestTeam.Q4, TestContext.Current.CancellationToken);
        var review = QuarterReview.Build(data, person: null, _team.Time.GetUtcNow(), previous);

        Assert.Equal(_team.Mia.Id, review.KeyResults.Single(r => r.KeyResult.Id == _liveGmv.Id).Owner?.Id);
        Assert.DoesNotContain(review.Participation, p => p.Member.Id == _team.Mia.Id);
        Assert.Contains(review.Participation, p => p.Member.Id == _team.Andy.Id);
    }

    private void Streamed(string id, DateTimeOffset startsAt, string currency, string gmv, bool cancelled = false)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(_team.Team.TimeZoneId);
        var week = _team.Team.Calendar.WeekAt(startsAt, zone);
        _team.Store.Streams.Add(new LiveStream
        {
            Id = id,
            WorkspaceId = TestTeam.WorkspaceId,
            TeamId = _team.Team.Id,
            Title = $"Show {id}",
            StartsAt = startsAt,
            Duration = TimeSpan.FromMinutes(90),
            Quarter = week.Quarter,
            WeekNumber = week.Number,
            HostMemberId = _team.Andy.Id,
            CrewMemberIds = [_team.Ben.Id],
            Currency = currency,
            CancelledAt = cancelled ? startsAt.AddDays(-1) : null,
        });
        _team.Store.Answers.Add(new ReviewAnswer(
            $"a-{id}", TestTeam.WorkspaceId, ReviewTemplates.LiveStream.Id, StreamMetrics.Gmv, _team.Andy.Id, week.Quarter, week.Number, null, gmv, startsAt.AddHours(2))
        {
            SubjectId = id,
        });
    }
}
