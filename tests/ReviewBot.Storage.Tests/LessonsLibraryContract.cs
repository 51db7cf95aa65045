using Dapper;
using ReviewBot.Core;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Lessons;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>
/// The lessons library over the SQL store: the team's retrospective causes and lessons, found by English words and by
/// Chinese words inside sentences without spaces, every word required, filtered, ranked, and never another team's.
/// </summary>
public abstract class LessonsLibraryContract : StorageContract
{
    private static readonly Quarter Q4 = SampleData.Quarter;
    private static readonly Quarter Q3 = Q4.Previous();
    private static readonly Quarter Q2 = Q3.Previous();

    private static long _lastLesson;

    /// <summary>The engine of the derived class, for the test that builds a database as an older version left it.</summary>
    protected abstract StorageProvider Provider { get; }

    [Fact]
    public async Task An_english_word_is_found_in_any_letter_case_and_as_the_start_of_a_longer_word()
    {
        await using var db = await MigratedDatabaseAsync();
        var (sample, store) = await OpenAsync(db);
        var worked = Lesson(sample, sample.Seller, Q4, "worked", "Shipping bundles through the Distributor worked well");
        var change = Lesson(sample, sample.Seller, Q4, "change", "Fewer discounts next time");
        await RecordAsync(store, worked, change);

        Assert.Equal([worked], Answers(await SearchAsync(store, sample, "SHIPPING")));
        Assert.Equal([worked], Answers(await SearchAsync(store, sample, "ship")));
        Assert.Equal([worked], Answers(await SearchAsync(store, sample, "distrib")));
        Assert.Equal([change], Answers(await SearchAsync(store, sample, "Discount")));
        Assert.Empty(await SearchAsync(store, sample, "pricing"));
    }

    [Fact]
    public async Task Two_chinese_words_are_found_inside_one_sentence_written_without_spaces()
    {
        await using var db = await MigratedDatabaseAsync();
        var (sample, store) = await OpenAsync(db);
        var worked = Lesson(sample, sample.Seller, Q4, "worked", "这个季度物流成本太高，定价也偏低。");
        var change = Lesson(sample, sample.Seller, Q4, "change", "下季度要优化直播间的话术和选品");
        await RecordAsync(store, worked, change);

        Assert.Equal([worked], Answers(await SearchAsync(store, sample, "物流 定价")));
        Assert.Equal([worked], Answers(await SearchAsync(store, sample, "定价")));
        Assert.Equal([change], Answers(await SearchAsync(store, sample, "直播间")));
        Assert.Equal([change], Answers(await SearchAsync(store, sample, "选品，话术")));
        Assert.Empty(await SearchAsync(store, sample, "物流 直播间"));
        Assert.Empty(await SearchAsync(store, sample, "广告"));
    }

    [Fact]
    public async Task Every_word_must_be_found_in_the_same_answer_whatever_its_language()
    {
        await using var db = await MigratedDatabaseAsync();
        var (sample, store) = await OpenAsync(db);
        var both = Lesson(sample, sample.Seller, Q4, "worked", "Free shipping 包邮 lifted 物流 satisfaction");
        var one = Lesson(sample, sample.Seller, Q4, "change", "Free returns next quarter");
        await RecordAsync(store, both, one);

        Assert.Equal([both], Answers(await SearchAsync(store, sample, "free shipping")));
        Assert.Equal([both], Answers(await SearchAsync(store, sample, "物流 shipping 包邮")));
        Assert.Empty(await SearchAsync(store, sample, "returns shipping"));
        Assert.Equal(2, (await SearchAsync(store, sample, "free")).Count);
    }

    [Fact]
    public async Task Only_the_retrospectives_causes_and_lessons_are_searched()
    {
        await using var db = await MigratedDatabaseAsync();
        var (sample, store) = await OpenAsync(db);
        var lesson = Lesson(sample, sample.Seller, Q4, "worked", "Shipping from the new warehouse");
        var final = Lesson(sample, sample.Seller, Q4, "final", "Shipping final note");
        var weekly = Lesson(sample, sample.Seller, Q4, "blockers", "Shipping blocked at customs") with { TemplateId = "weekly-checkin", RecordedAt = Instant(Q4, 1) };
        var stream = Lesson(sample, sample.Seller, Q4, "change", "Shipping talk in the stream") with { TemplateId = "live-stream", RecordedAt = Instant(Q4, 2) };
        await RecordAsync(store, lesson, final);
        await RecordAsync(store, weekly);
        await RecordAsync(store, stream);

        Assert.Equal([lesson], Answers(await SearchAsync(store, sample, "shipping")));
        Assert.Equal([lesson], Answers(await store.SearchLessonsAsync(new LessonSearch(sample.Workspace.Id, sample.Team.Id), Ct)));
    }

    [Fact]
    public async Task A_cause_carries_its_key_results_title_and_market_and_a_whole_quarter_lesson_neither()
    {
        await using var db = await MigratedDatabaseAsync();
        var (sample, store) = await OpenAsync(db);
        var revenue = sample.Objective.KeyResults[0];
        var cause = Lesson(sample, sample.Manager, Q4, "cause", "Two distributors delayed their orders") with { KeyResultId = revenue.Id };
        var worked = Lesson(sample, sample.Manager, Q4, "worked", "Weekly calls with distributors");
        await RecordAsync(store, cause, worked);

        var found = await store.SearchLessonsAsync(new LessonSearch(sample.Workspace.Id, sample.Team.Id, AuthorMemberId: sample.Manager.Id), Ct);

        Assert.Equal(
            [new LessonEntry(cause, "Mia Manager", "US", revenue.Title, "Europe"), new LessonEntry(worked, "Mia Manager", "US", null, null)],
            found);
    }

    [Fact]
    public async Task Lessons_are_filtered_by_author_by_market_case_insensitively_and_by_quarter()
    {
        await using var db = await MigratedDatabaseAsync();
        var (sample, store) = await OpenAsync(db);
        var europe = sample.Objective.KeyResults[0];
        var accounts = sample.Objective.KeyResults[1];
        var managersEuropeCause = Lesson(sample, sample.Manager, Q4, "cause", "Customs held the pallets") with { KeyResultId = europe.Id };
        var managersCause = Lesson(sample, sample.Manager, Q4, "cause", "New accounts signed late") with { KeyResultId = accounts.Id };
        var managersLesson = Lesson(sample, sample.Manager, Q4, "worked", "Trade fair leads");
        var sellersLesson = Lesson(sample, sample.Seller, Q3, "worked", "Local partners");
        var sellersOlder = Lesson(sample, sample.Seller, Q2, "change", "Hire a partner manager");
        await RecordAsync(store, managersEuropeCause, managersCause, managersLesson);
        await RecordAsync(store, sellersLesson);
        await RecordAsync(store, sellersOlder);
        var ws = sample.Workspace.Id;
        var team = sample.Team.Id;

        Assert.Equal([managersEuropeCause, managersCause, managersLesson], Answers(await store.SearchLessonsAsync(new LessonSearch(ws, team, AuthorMemberId: sample.Manager.Id), Ct)));
        Assert.Equal([managersEuropeCause, sellersLesson, sellersOlder], Answers(await store.SearchLessonsAsync(new LessonSearch(ws, team, Market: "EUROPE"), Ct)));
        Assert.Equal([managersCause, managersLesson], Answers(await store.SearchLessonsAsync(new LessonSearch(ws, team, Market: "us"), Ct)));
        Assert.Empty(await store.SearchLessonsAsync(new LessonSearch(ws, team, Market: "India"), Ct));
        Assert.Equal([sellersLesson, sellersOlder], Answers(await store.SearchLessonsAsync(new LessonSearch(ws, team, Until: Q3), Ct)));
        Assert.Equal([sellersLesson], Answers(await store.SearchLessonsAsync(new LessonSearch(ws, team, From: Q3, Until: Q3), Ct)));
        Assert.Equal(
            [managersEuropeCause, managersCause, managersLesson, sellersLesson],
            Answers(await store.SearchLessonsAsync(new LessonSearch(ws, team, From: Q3), Ct)));
        Assert.Equal([sellersLesson], Answers(await store.SearchLessonsAsync(new LessonSearch(ws, team, "partners", sample.Seller.Id, "europe", Q3, Q4), Ct)));
    }

    [Fact]
    public async Task Without_words_the_newest_quarter_comes_first_and_the_limit_holds()
    {
        await using var db = await MigratedDatabaseAsync();
        var (sample, store) = await OpenAsync(db);
        var q2 = Lesson(sample, sample.Seller, Q2, "worked", "Q2 lesson");
        var q4 = Lesson(sample, sample.Seller, Q4, "worked", "Q4 lesson");
        var q3 = Lesson(sample, sample.Seller, Q3, "worked", "Q3 lesson");
        await RecordAsync(store, q2);
        await RecordAsync(store, q4);
        await RecordAsync(store, q3);

        Assert.Equal([q4, q3, q2], Answers(await store.SearchLessonsAsync(new LessonSearch(sample.Workspace.Id, sample.Team.Id), Ct)));
        Assert.Equal([q4, q3], Answers(await store.SearchLessonsAsync(new LessonSearch(sample.Workspace.Id, sample.Team.Id) { Limit = 2 }, Ct)));
        Assert.Equal([q4, q3], Answers(await store.SearchLessonsAsync(new LessonSearch(sample.Workspace.Id, sample.Team.Id, "lesson") { Limit = 2 }, Ct)));
    }

    [Fact]
    public async Task With_words_the_best_match_comes_first_even_from_an_older_quarter()
    {
        await using var db = await MigratedDatabaseAsync();
        var (sample, store) = await OpenAsync(db);
        var strong = Lesson(sample, sample.Seller, Q2, "worked", "Discount ladders: a discount per bundle, a discount per repeat order");
        var weak = Lesson(
            sample,
            sample.Seller,
            Q4,
            "worked",
            "We reorganised the territories, hired two account managers, moved the warehouse closer to the port, rewrote the onboarding guide and, once, tried a discount");
        await RecordAsync(store, strong);
        await RecordAsync(store, weak);

        Assert.Equal([strong, weak], Answers(await SearchAsync(store, sample, "discount")));
    }

    [Fact]
    public async Task Search_syntax_in_the_words_is_only_text_and_never_throws()
    {
        await using var db = await MigratedDatabaseAsync();
        var (sample, store) = await OpenAsync(db);
        var percent = Lesson(sample, sample.Seller, Q4, "worked", "Hit 100% of the (NEAR) target; ship* \"fast\"");
        var underscore = Lesson(sample, sample.Seller, Q4, "change", "Rename sku_codes before launch");
        await RecordAsync(store, percent, underscore);
        string[] hostile =
        [
            "\"", "\"\"", "'", "''", "*", "ship*", "-ship", "ship:fast", "^ship", "NEAR(ship fast)", "NEAR", "AND", "OR", "NOT ship",
            "(", ")", "{worked}", "text:ship", "\\", "a'b", "物流\"", "\"ship", "col*:x", "-", "+", "%%", "_", "\\%",
        ];

        foreach (var words in hostile)
        {
            _ = await SearchAsync(store, sample, words);
        }

        Assert.Equal([percent], Answers(await SearchAsync(store, sample, "%")));
        Assert.Equal([percent], Answers(await SearchAsync(store, sample, "100%")));
        Assert.Equal([percent], Answers(await SearchAsync(store, sample, "(NEAR)")));
        Assert.Equal([percent], Answers(await SearchAsync(store, sample, "ship*")));
        Assert.Equal([underscore], Answers(await SearchAsync(store, sample, "_")));
        Assert.Equal([underscore], Answers(await SearchAsync(store, sample, "sku_codes")));
        Assert.Equal([percent], Answers(await SearchAsync(store, sample, "\"fast\"")));
        Assert.Empty(await SearchAsync(store, sample, "NOT"));
    }

    [Fact]
    public async Task Another_workspaces_or_teams_lessons_are_never_found()
    {
        await using var db = await MigratedDatabaseAsync();
        var (sample, store) = await OpenAsync(db);
        var other = await SampleData.WriteAsync(db.Database, "T02", Ct);
        var (secondTeam, secondMember) = await SecondTeamAsync(db, sample);
        var ours = Lesson(sample, sample.Seller, Q4, "worked", "物流 shipping lesson of ours");
        var theirs = Lesson(other, other.Seller, Q4, "worked", "物流 shipping lesson of another workspace");
        var neighbours = Lesson(sample, secondMember, Q4, "worked", "物流 shipping lesson of the other team");
        await RecordAsync(store, ours);
        await RecordAsync(store, theirs);
        await RecordAsync(store, neighbours);

        foreach (var words in new string?[] { null, "shipping", "物流", "lesson" })
        {
            Assert.Equal([ours], Answers(await SearchAsync(store, sample, words)));
            Assert.Equal([neighbours], Answers(await store.SearchLessonsAsync(new LessonSearch(sample.Workspace.Id, secondTeam.Id, words), Ct)));
            Assert.Empty(await store.SearchLessonsAsync(new LessonSearch(sample.Workspace.Id, other.Team.Id, words), Ct));
            Assert.Empty(await store.SearchLessonsAsync(new LessonSearch(other.Workspace.Id, sample.Team.Id, words), Ct));
        }
    }

    [Fact]
    public async Task Only_an_authors_latest_retrospective_of_a_quarter_counts_and_a_former_members_lessons_stay()
    {
        await using var db = await MigratedDatabaseAsync();
        var (sample, store) = await OpenAsync(db);
        var first = Lesson(sample, sample.Seller, Q4, "worked", "Shipping bundles worked");
        var corrected = Lesson(sample, sample.Seller, Q4, "worked", "Bundles with free shipping worked") with { RecordedAt = Instant(Q4, 5) };
        var change = Lesson(sample, sample.Seller, Q4, "change", "Start earlier") with { RecordedAt = Instant(Q4, 5) };
        await RecordAsync(store, first);
        await RecordAsync(store, corrected, change);
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            await session.Teams.SaveMemberAsync(sample.Seller with { Active = false }, Ct);
        }

        Assert.Equal([corrected], Answers(await SearchAsync(store, sample, "shipping")));
        var all = await SearchAsync(store, sample, null);
        Assert.Equal([corrected, change], Answers(all));
        Assert.All(all, e => Assert.Equal(("Ben Berger", "Europe"), (e.AuthorName, e.AuthorMarket)));
    }

    [Fact]
    public async Task Answers_written_before_the_lessons_index_existed_are_found_once_the_database_is_migrated()
    {
        await using var db = await TemporaryDatabase.CreateAsync(Provider, Ct);
        const int Before = 16;
        await using (var connection = await db.Database.OpenAsync(Ct))
        {
            foreach (var (version, sql) in EmbeddedMigrations().Where(m => m.Version <= Before))
            {
                await connection.ExecuteAsync(sql);
            }

            var appliedAt = Provider == StorageProvider.Postgres ? "timestamptz" : "TEXT";
            await connection.ExecuteAsync($"CREATE TABLE schema_version (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at {appliedAt} NOT NULL)");
            await connection.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, 'older', @At)",
                Enumerable.Range(1, Before).Select(v => new { Version = v, At = db.Time.GetUtcNow() }));
            await connection.ExecuteAsync("INSERT INTO workspaces (id, platform, external_id, name) VALUES ('w1', 'Slack', 'T01', 'Old workspace')");
            await connection.ExecuteAsync(
                """
                INSERT INTO teams (id, workspace_id, team_key, name, time_zone, fiscal_year_start_month, reporting_currency, check_in_day, check_in_time)
                VALUES ('t1', 'w1', 'sales', 'Sales', 'Asia/Shanghai', 1, 'CNY', 5, @Time)
                """,
                new { Time = new TimeOnly(16, 30) });
            await connection.ExecuteAsync(
                "INSERT INTO members (id, workspace_id, team_id, name, role, market, time_zone, locale) VALUES ('m1', 'w1', 't1', '王芳', 'Member', '华东', 'Asia/Shanghai', 'zh-CN')");
            await connection.ExecuteAsync(
                """
                INSERT INTO review_answers (id, workspace_id, template_id, question_id, author_member_id, quarter, week_number, key_result_id, text, recorded_at)
                VALUES (@Id, 'w1', @TemplateId, @QuestionId, 'm1', @Quarter, 13, NULL, @Text, @At)
                """,
                new[]
                {
                    new { Id = "a1", TemplateId = "quarter-retrospective", QuestionId = "worked", Quarter = Q3.Id, Text = "直播间的物流承诺提高了转化 Shipping promise", At = Instant(Q3, 0) },
                    new { Id = "a2", TemplateId = "quarter-retrospective", QuestionId = "change", Quarter = Q3.Id, Text = "定价要更早定下来", At = Instant(Q3, 0) },
                    new { Id = "a3", TemplateId = "weekly-checkin", QuestionId = "blockers", Quarter = Q3.Id, Text = "物流 blocked", At = Instant(Q3, 1) },
                });
        }

        // 0017 and whatever came after it.
        Assert.Equal(Enumerable.Range(Before + 1, Storage.Migrations.MigrationRunner.LatestVersion - Before), await db.Migrations.MigrateAsync(Ct));

        var store = new ReviewStore(db.Database, db.Time);
        Assert.Equal(["a1"], (await store.SearchLessonsAsync(new LessonSearch("w1", "t1", "物流"), Ct)).Select(e => e.Answer.Id));
        Assert.Equal(["a1"], (await store.SearchLessonsAsync(new LessonSearch("w1", "t1", "shipping 直播间"), Ct)).Select(e => e.Answer.Id));
        Assert.Equal(["a2"], (await store.SearchLessonsAsync(new LessonSearch("w1", "t1", "定价", Market: "华东"), Ct)).Select(e => e.Answer.Id));
        Assert.Equal(PlanningPrompt.AfterRetrospective, (await store.FindTeamAsync("w1", "t1", Ct))!.PlanningPrompt);

        // And an answer recorded afterwards is indexed by the same means as every new one.
        var later = new ReviewAnswer("a4", "w1", "quarter-retrospective", "worked", "m1", Q4, 13, null, "物流 partners", Instant(Q4, 0));
        Assert.True(await store.RecordAsync(new Submission("w1", Ids.New(), [], [later]), Ct));
        Assert.Equal(["a4", "a1"], (await store.SearchLessonsAsync(new LessonSearch("w1", "t1", "物流"), Ct)).Select(e => e.Answer.Id));
    }

    private static async Task<(SampleData Sample, ReviewStore Store)> OpenAsync(TemporaryDatabase db) =>
        (await SampleData.WriteAsync(db.Database, "T01", Ct), new ReviewStore(db.Database, db.Time));

    private static Task<IReadOnlyList<LessonEntry>> SearchAsync(ReviewStore store, SampleData sample, string? words) =>
        store.SearchLessonsAsync(new LessonSearch(sample.Workspace.Id, sample.Team.Id, words), Ct);

    private static ReviewAnswer[] Answers(IEnumerable<LessonEntry> entries) => [.. entries.Select(e => e.Answer)];

    /// <summary>
    /// A retrospective answer in the quarter's last week, recorded at the submission's one instant. Its id grows with
    /// each one made: answers of one submission list in id order, and GUIDs of one millisecond need not.
    /// </summary>
    private static ReviewAnswer Lesson(SampleData sample, Member author, Quarter quarter, string question, string text) =>
        new($"lesson-{Interlocked.Increment(ref _lastLesson):D8}", sample.Workspace.Id, "quarter-retrospective", question, author.Id, quarter, 13, null, text, Instant(quarter, 0));

    /// <summary>An instant in the quarter to the microsecond, later by the hour for a later submission.</summary>
    private static DateTimeOffset Instant(Quarter quarter, int hours) =>
        new DateTimeOffset(quarter.FiscalYear, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(quarter.Number * 91).AddHours(hours).AddTicks(123_450);

    private static async Task RecordAsync(ReviewStore store, params ReviewAnswer[] answers) =>
        Assert.True(await store.RecordAsync(new Submission(answers[0].WorkspaceId, Ids.New(), [], answers), Ct));

    /// <summary>A second team in the sample's workspace, with one member.</summary>
    private static async Task<(Team Team, Member Member)> SecondTeamAsync(TemporaryDatabase db, SampleData sample)
    {
        var team = sample.Team with { Id = Ids.New(), Key = "domestic-sales", Name = "Domestic Sales", ExchangeRates = Core.Scoring.ExchangeRateTable.Empty, Holidays = [], SummaryChannels = [] };
        var member = sample.Seller with { Id = Ids.New(), TeamId = team.Id, Name = "Dana Domestic", Email = "dana@example.com", TeamsUserId = null };
        await using var session = await db.Database.BeginAsync(Ct);
        await session.Teams.SaveAsync(team, Ct);
        await session.Teams.SaveMemberAsync(member, Ct);
        await session.CommitAsync(Ct);
        return (team, member);
    }

    /// <summary>The engine's migration scripts as the storage assembly embeds them, in order.</summary>
    private IEnumerable<(int Version, string Sql)> EmbeddedMigrations()
    {
        var assembly = typeof(Database).Assembly;
        var prefix = $"Migrations/{Provider}/";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (int.Parse(name[prefix.Length..name.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture), reader.ReadToEnd());
        }
    }
}

public sealed class LessonsLibrary_on_Sqlite : LessonsLibraryContract
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;

    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class LessonsLibrary_on_Postgres : LessonsLibraryContract
{
    protected override StorageProvider Provider => StorageProvider.Postgres;

    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
