namespace ReviewBot.Host.Playground;

/// <summary>
/// The demo team's finished quarter, week by week, and the pace of the quarter under way. The numbers
/// tell one story a newcomer can check in the review: the US beats its target on two renewals, Europe
/// misses because the German storefront launched six weeks late, India and South-East Asia beat theirs
/// on new marketplaces, and the Mumbai warehouse brings the negative-review rate down.
/// </summary>
internal static class DemoStory
{
    public const string Andy = "andy.miller@example.com";
    public const string Ben = "ben.weber@example.com";
    public const string Cindy = "cindy.sharma@example.com";

    private const string Customs = "Customs paperwork for EU shipments";
    private const string Certification = "Payment provider certification for the German storefront";
    private const string Bond = "Mumbai warehouse customs bond not yet approved";
    private const string Legal = "Waiting on legal review of the renewal contract";

    /// <summary>
    /// The previous quarter, 14 weeks. Confidences are one letter a week: o on track, r at risk, x off track.
    /// A quarter with fewer weeks uses the first ones and ends on the last value.
    /// </summary>
    public static IReadOnlyList<KeyResultStory> Previous { get; } =
    [
        new("us-revenue",
            [1.2e6m, 2.9e6m, 4.6e6m, 6.1e6m, 7.9e6m, 9.6e6m, 11.0e6m, 12.4e6m, 16.8e6m, 18.5e6m, 20.1e6m, 23.9e6m, 25.8e6m, 27.3e6m],
            "oooooorroooooo",
            new Dictionary<int, string>
            {
                [7] = "The larger renewal slipped two weeks; the pipeline still covers the target.",
                [9] = "First large renewal signed: +US$3.6M in one week.",
                [12] = "Second renewal closed above last year's volume.",
                [14] = "Closed about 10% above target.",
            }),
        new("europe-revenue",
            [0.9e6m, 2.0e6m, 3.1e6m, 4.0e6m, 4.9e6m, 5.8e6m, 6.6e6m, 7.4e6m, 8.3e6m, 9.1e6m, 10.4e6m, 11.6e6m, 12.9e6m, 14.2e6m],
            "oooorrrxxxxxxx",
            new Dictionary<int, string>
            {
                [5] = "German storefront launch slips: the payment provider's certification is late.",
                [8] = "The distributor holds its doubled order until the German storefront is live; we will miss the target.",
                [10] = "Storefronts live this week; orders pick up, but too late for the full quarter.",
                [14] = "Closed at 81% of target.",
            }),
        new("india-sea-revenue",
            [80e6m, 170e6m, 260e6m, 350e6m, 450e6m, 540e6m, 640e6m, 740e6m, 840e6m, 950e6m, 1060e6m, 1170e6m, 1280e6m, 1380e6m],
            "oooooooooooooo",
            new Dictionary<int, string>
            {
                [6] = "The new marketplaces ramp faster than planned, Shopee Malaysia above all.",
                [14] = "Closed about 10% above target.",
            }),
        new("store-conversion",
            [2.1m, 2.1m, 2.2m, 2.2m, 2.3m, 2.3m, 2.3m, 2.4m, 2.4m, 2.5m, 2.6m, 2.6m, 2.7m, 2.7m],
            "ooooorrrrrrrrr",
            new Dictionary<int, string>
            {
                [6] = "The checkout A/B test was inconclusive; Spanish-speaking buyers still leave at the English-only checkout.",
                [11] = "Free-shipping threshold lifted conversion 0.1 pts; 3.0% is out of reach this quarter.",
            }),
        new("negative-reviews",
            [4.5m, 4.6m, 4.4m, 4.3m, 4.1m, 3.9m, 3.6m, 3.4m, 3.2m, 3.0m, 2.8m, 2.7m, 2.5m, 2.4m],
            "rrrrrooooooooo",
            new Dictionary<int, string>
            {
                [2] = "Monsoon delays pushed late deliveries, and complaints, up.",
                [6] = "The Mumbai warehouse ships since Monday; late deliveries are down by a third.",
            }),
        new("localised-storefronts",
            [0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 1m, 1m, 1m, 1m, 1m],
            "oooorrrrrooooo",
            new Dictionary<int, string>
            {
                [5] = "Translations are done; the launch waits for the payment provider.",
                [10] = "German and French storefronts are live.",
            }),
        new("new-distributors",
            [0m, 0m, 1m, 1m, 1m, 2m, 2m, 2m, 3m, 3m, 3m, 4m, 4m, 4m],
            "ooooorrrrrrrrr",
            new Dictionary<int, string>
            {
                [6] = "Two distributors want to see storefront sales before they sign.",
                [12] = "Fourth distributor signed; the last two wait for Q4 numbers.",
            }),
    ];

    /// <summary>Blockers by owner and week of the previous quarter; some come back week after week.</summary>
    public static IReadOnlyDictionary<(string Owner, int Week), string> PreviousBlockers { get; } = new Dictionary<(string, int), string>
    {
        [(Ben, 3)] = Customs,
        [(Ben, 4)] = Customs,
        [(Ben, 5)] = Certification,
        [(Ben, 6)] = Customs,
        [(Ben, 7)] = Certification,
        [(Ben, 8)] = Certification,
        [(Ben, 9)] = Customs,
        [(Ben, 11)] = Customs,
        [(Cindy, 2)] = "Monsoon delays at Nhava Sheva port",
        [(Cindy, 4)] = Bond,
        [(Cindy, 5)] = Bond,
        [(Andy, 7)] = Legal,
        [(Andy, 8)] = Legal,
    };

    /// <summary>The retrospective each owner wrote at the end of the previous quarter: a cause per key result, and lessons.</summary>
    public static IReadOnlyList<Retrospective> Retrospectives { get; } =
    [
        new(Andy,
            new Dictionary<string, string>
            {
                ["us-revenue"] = "Both large renewals closed, the second above last year's volume, and the run rate held at about US$1.6M a week.",
                ["store-conversion"] = "Checkout is still English-only for Spanish-speaking buyers; shipping-cost tests moved conversion only 0.6 pts.",
            },
            "Starting renewal talks eight weeks before the contracts ended.",
            "Localise the US checkout for Spanish speakers together with Ben's storefront team."),
        new(Ben,
            new Dictionary<string, string>
            {
                ["europe-revenue"] = "The German storefront launched in week 10 instead of week 4 (payment provider certification), so the distributor's doubled order came only in the last month.",
                ["localised-storefronts"] = "Done in week 10, six weeks late, for the same certification delay.",
                ["new-distributors"] = "Four of six signed; two wait to see storefront sales before they commit.",
            },
            "Weekly calls with the distributors kept the order book alive through the delay.",
            "Start payment certification a quarter ahead, and hire a customs broker for the EU paperwork."),
        new(Cindy,
            new Dictionary<string, string>
            {
                ["india-sea-revenue"] = "The three new marketplaces ramped faster than planned, Shopee Malaysia above all.",
                ["negative-reviews"] = "The Mumbai warehouse cut late deliveries from week 6; most complaints left are damaged parcels.",
            },
            "Moving stock into the Mumbai warehouse before the sales peak.",
            "Better packaging for fragile goods, to take the negative-review rate below 2%."),
    ];

    /// <summary>
    /// What Ben learnt about Europe two quarters back, before the demo's OKRs: only what worked and what to change, as
    /// that quarter's key results are not loaded. It is what a newcomer finds with <c>review lessons distributors Europe</c>
    /// beside the previous quarter's, and what the previous quarter's review looks back at.
    /// </summary>
    public static IReadOnlyList<EarlierLessons> Earlier { get; } =
    [
        // Ben's alone, and short: the previous quarter's review looks back at them, and its printout keeps to two pages.
        new(Ben, "Euro prices with duties included won French retailers.", "Ask European distributors for their launch calendars a quarter ahead."),
    ];

    /// <summary>
    /// The quarter under way: each key result moves from its start toward its target at a steady pace
    /// (1.0 = on plan), so the numbers fit however far into the quarter the demo is loaded.
    /// </summary>
    public static IReadOnlyList<PaceStory> Current { get; } =
    [
        new("us-revenue", 1.04m, 'o', 3, "New West Coast accounts on top of the renewals."),
        new("europe-revenue", 0.93m, 'r', 3, "Storefront orders are up, but the distributor's doubled order is late."),
        new("india-sea-revenue", 1.06m, 'o', 5, "Singles' Day promotions on Shopee lifted orders."),
        new("store-conversion", 0.8m, 'r', 5, "Spanish checkout is in testing; conversion moves slowly until it ships."),
        new("negative-reviews", 0.9m, 'o', 4, "Sturdier packaging for fragile goods is cutting damage complaints."),
        new("localised-storefronts", 1m, 'o', 1, "Already live since last quarter."),
        new("new-distributors", 0.9m, 'o', 6, "Fifth distributor signed."),
    ];

    /// <summary>Blockers by owner and week of the quarter under way.</summary>
    public static IReadOnlyDictionary<(string Owner, int Week), string> CurrentBlockers { get; } = new Dictionary<(string, int), string>
    {
        [(Ben, 2)] = Customs,
        [(Ben, 4)] = Customs,
        [(Cindy, 3)] = "Diwali shipping cut-off moved up a week",
    };
}

/// <param name="Values">The value checked in each week, first week first.</param>
/// <param name="Confidences">One letter a week: o on track, r at risk, x off track.</param>
/// <param name="Comments">Comments at the turning points, by week.</param>
internal sealed record KeyResultStory(string Key, IReadOnlyList<decimal> Values, string Confidences, IReadOnlyDictionary<int, string> Comments);

/// <param name="Causes">Why each key result differs from its target, by key result key.</param>
internal sealed record Retrospective(string Owner, IReadOnlyDictionary<string, string> Causes, string Worked, string Change);

/// <summary>An owner's lessons of a quarter without key results loaded: what worked and what to change.</summary>
internal sealed record EarlierLessons(string Owner, string Worked, string Change);

/// <param name="Pace">Share of the straight line from start to target reached at each week (1.0 = on plan).</param>
/// <param name="CommentWeek">The week the owner commented, if the quarter has got that far.</param>
internal sealed record PaceStory(string Key, decimal Pace, char Confidence, int CommentWeek, string Comment);
