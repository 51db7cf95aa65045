using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;

namespace ReviewBot.Core.Tests.Conversation;

public class QuestionedValueFormTests
{
    private const string Questioned950 = "950% is far above the 0–100% a percentage can be. Did you mean 9.5%? Save again unchanged to keep 950%, or correct it.";

    private readonly TestTeam _team = new();

    private static string Value(string kr) => FormIds.Value(kr, "progress");

    private static string ConfidenceOf(string kr) => FormIds.Confidence(kr, "progress");

    private static Dictionary<string, string> Conversion(string value) => new()
    {
        [Value("kr-conversion")] = value,
        [ConfidenceOf("kr-conversion")] = "on-track",
    };

    private Task<DialogState?> StateAsync(string memberId) => _team.Store.DialogAsync(TestTeam.WorkspaceId, memberId, TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_percentage_of_950_comes_back_questioned_beside_its_field_with_nothing_saved()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();

        var again = (await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"), submissionId: "d-1")).Form();

        Assert.Equal(form.FormId, again.FormId);
        Assert.Equal(Questioned950, again.Field(Value("kr-conversion")).Error);
        Assert.Equal("950", again.Field(Value("kr-conversion")).Value);
        Assert.Empty(_team.Store.CheckIns);
        Assert.Equal(0, _team.Store.RecordCalls);
    }

    [Fact]
    public async Task Submitting_the_questioned_value_again_unchanged_saves_it_once()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"), submissionId: "d-1");

        var done = (await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"), submissionId: "d-2")).Message();

        Assert.Equal("Checked in for week 8.", done.Headline);
        Assert.Equal(950m, Assert.Single(_team.Store.CheckIns).Value);
    }

    [Fact]
    public async Task The_same_value_written_another_way_counts_as_unchanged()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"));

        await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950 %"));

        Assert.Equal(950m, Assert.Single(_team.Store.CheckIns).Value);
    }

    [Fact]
    public async Task A_corrected_value_is_saved_at_once()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"));

        var done = (await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("9.5"))).Message();

        Assert.Equal("Checked in for week 8.", done.Headline);
        Assert.Equal(9.5m, Assert.Single(_team.Store.CheckIns).Value);
    }

    [Fact]
    public async Task A_changed_value_that_still_looks_wrong_is_questioned_afresh()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"));

        var again = (await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("9500"))).Form();

        Assert.StartsWith("9,500% is far above the 0–100% a percentage can be.", again.Field(Value("kr-conversion")).Error, StringComparison.Ordinal);
        Assert.Empty(_team.Store.CheckIns);
    }

    [Fact]
    public async Task A_plausible_value_is_saved_at_once_without_any_question()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();

        var done = (await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("2.6%"))).Message();

        Assert.Equal("Checked in for week 8.", done.Headline);
        Assert.Equal(2.6m, Assert.Single(_team.Store.CheckIns).Value);
        Assert.Null(await StateAsync("andy"));
    }

    [Fact]
    public async Task A_running_total_below_last_weeks_is_questioned()
    {
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 7, 3_200_000m);
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();

        var again = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string> { [Value("kr-us-revenue")] = "320k", [ConfidenceOf("kr-us-revenue")] = "on-track" })).Form();

        Assert.Equal(
            "US$320k is lower than the US$3.2M you reported in week 7, and a running total like 'US revenue' only goes up. Did you mean US$3.2M? Save again unchanged to keep US$320k, or correct it.",
            again.Field(Value("kr-us-revenue")).Error);
        Assert.Single(_team.Store.CheckIns);
    }

    [Fact]
    public async Task A_question_about_one_value_saves_none_of_the_others()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        var values = new Dictionary<string, string>(Conversion("950"))
        {
            [Value("kr-us-revenue")] = "14.2M",
            [ConfidenceOf("kr-us-revenue")] = "at-risk",
            ["blockers"] = "Customs paperwork",
        };

        var again = (await _team.SubmitAsync(_team.Andy, form.FormId, values)).Form();

        Assert.Null(again.Field(Value("kr-us-revenue")).Error);
        Assert.Equal("Customs paperwork", again.Field("blockers").Value);
        Assert.Empty(_team.Store.CheckIns);
        Assert.Equal(0, _team.Store.RecordCalls);
        await _team.SubmitAsync(_team.Andy, form.FormId, values);
        Assert.Equal([14_200_000m, 950m], _team.Store.CheckIns.Select(c => c.Value));
    }

    [Fact]
    public async Task A_questioned_value_and_another_error_are_shown_together_and_the_question_is_not_asked_twice()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        var wrongConfidence = new Dictionary<string, string> { [Value("kr-conversion")] = "950", [ConfidenceOf("kr-conversion")] = "" };

        var again = (await _team.SubmitAsync(_team.Andy, form.FormId, wrongConfidence)).Form();
        Assert.Equal(Questioned950, again.Field(Value("kr-conversion")).Error);
        Assert.NotNull(again.Field(ConfidenceOf("kr-conversion")).Error);

        await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"));
        Assert.Equal(950m, Assert.Single(_team.Store.CheckIns).Value);
    }

    [Fact]
    public async Task A_retried_confirmation_records_nothing_twice()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"), submissionId: "d-1");
        await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"), submissionId: "d-2");

        var retry = (await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"), submissionId: "d-2")).Message();

        Assert.EndsWith("(already saved; nothing recorded twice)", retry.Headline, StringComparison.Ordinal);
        Assert.Single(_team.Store.CheckIns);
    }

    [Fact]
    public async Task A_freshly_opened_form_asks_again()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"));

        var fresh = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        var again = (await _team.SubmitAsync(_team.Andy, fresh.FormId, Conversion("950"))).Form();

        Assert.Equal(Questioned950, again.Field(Value("kr-conversion")).Error);
    }

    [Fact]
    public async Task A_forms_question_is_no_text_dialog()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Conversion("950"));

        var reply = (await _team.SayAsync(_team.Andy, "on track")).Message();

        Assert.Equal("I answer review commands: type review help to see yours.", reply.Headline);
    }

    [Fact]
    public async Task A_german_reader_gets_the_question_in_german_notation()
    {
        _team.CheckedIn(_team.Ben, _team.EuropeRevenue, 7, 3_400_000m);
        var form = (await _team.SayAsync(_team.Ben, "review checkin")).Form();

        var again = (await _team.SubmitAsync(_team.Ben, form.FormId, new Dictionary<string, string>
        {
            [Value("kr-europe-revenue")] = "340.000 €",
            [ConfidenceOf("kr-europe-revenue")] = "on-track",
        })).Form();

        Assert.Equal(
            "340 Tsd. € is lower than the 3,4 Mio. € you reported in week 7, and a running total like 'Europe revenue' only goes up. Did you mean 3,4 Mio. €? Save again unchanged to keep 340 Tsd. €, or correct it.",
            again.Field(Value("kr-europe-revenue")).Error);
    }

    [Fact]
    public async Task An_indian_reader_gets_the_question_in_lakh_and_crore()
    {
        var priya = IndianMember(_team);
        _team.CheckedIn(priya, IndiaRevenue, 7, 12_000_000m);
        var form = (await _team.SayAsync(priya, "review checkin")).Form();

        var again = (await _team.SubmitAsync(priya, form.FormId, new Dictionary<string, string>
        {
            [Value("kr-india-revenue")] = "12,00,000",
            [ConfidenceOf("kr-india-revenue")] = "on-track",
            [Value("kr-india-conversion")] = "9,50,00,000%",
            [ConfidenceOf("kr-india-conversion")] = "on-track",
        })).Form();

        Assert.Equal(
            "₹12 L is lower than the ₹1.2 Cr you reported in week 7, and a running total like 'India revenue' only goes up. Did you mean ₹1.2 Cr? Save again unchanged to keep ₹12 L, or correct it.",
            again.Field(Value("kr-india-revenue")).Error);
        Assert.Equal(
            "9,50,00,000% is far above the 0–100% a percentage can be. Did you mean 9.5%? Save again unchanged to keep 9,50,00,000%, or correct it.",
            again.Field(Value("kr-india-conversion")).Error);
    }

    internal static readonly KeyResult IndiaRevenue = new()
    {
        Id = "kr-india-revenue",
        WorkspaceId = TestTeam.WorkspaceId,
        ObjectiveId = "obj-india",
        Key = "india-revenue",
        Title = "India revenue",
        OwnerMemberId = "priya",
        Unit = KeyResultUnit.Currency("INR"),
        Start = 0m,
        Target = 50_000_000m,
        Basis = "Two distributors signed",
    };

    /// <summary>Priya sells in India and reads en-IN; she owns India revenue (₹5 Cr) and a 5–10% conversion rate.</summary>
    internal static Member IndianMember(TestTeam team)
    {
        var priya = team.Andy with { Id = "priya", Name = "Priya Shah", SlackUserId = "U-priya", Email = "priya@example.com", Market = "India", TimeZoneId = "Asia/Kolkata", Locale = "en-IN" };
        team.Store.Members.Add(priya);
        var conversion = IndiaRevenue with { Id = "kr-india-conversion", Key = "india-conversion", Title = "India conversion", Unit = KeyResultUnit.Percentage, Start = 5m, Target = 10m };
        team.Store.Objectives.Add(team.Store.Objectives[0] with { Id = "obj-india", Key = "india", Title = "Grow in India", KeyResults = [IndiaRevenue, conversion] });
        return priya;
    }
}
