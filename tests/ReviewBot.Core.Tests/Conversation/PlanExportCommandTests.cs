using System.Text;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary><c>review plan export</c>: the managers' team file of a quarter, the quarter being planned unless another is named.</summary>
public class PlanExportCommandTests
{
    private static readonly Quarter Q1 = new(2027, 1);

    private readonly TestTeam _team;

    public PlanExportCommandTests() : this(new TestTeam())
    {
    }

    private PlanExportCommandTests(TestTeam team)
    {
        _team = team;
        _team.Store.Workspaces.Add(new Workspace(TestTeam.WorkspaceId, ChatPlatform.Slack, "T0TEST", "Test Trading"));
    }

    [Fact]
    public async Task A_member_is_told_only_managers_export_and_gets_no_file()
    {
        var reply = (await _team.SayAsync(_team.Andy, "review plan export 2026-Q4")).Message();

        Assert.StartsWith("Only the team's managers can export its OKRs", reply.Headline, StringComparison.Ordinal);
        Assert.Empty(reply.Files);
    }

    [Fact]
    public async Task A_named_quarter_comes_as_the_team_file_with_what_it_holds_and_how_to_import_it()
    {
        var replies = await _team.SayAsync(_team.Mia, "review plan export 2026-Q4");
        var reply = replies.Exported();

        // The file names every member's e-mail: Mia gets it alone, and a note says so where she typed the command.
        Assert.Equal("mia", reply.ToMemberId);
        Assert.Equal("Export Sales: the team file for 2026-Q4 is in your direct messages.", ((MessageReply)replies[0]).Headline);
        var file = Assert.Single(reply.Files);
        Assert.Equal("export-sales-2026-Q4.yaml", file.FileName);
        Assert.Equal("application/yaml", file.ContentType);
        var yaml = Encoding.UTF8.GetString(file.Content.Span);
        Assert.Contains("workspace:\n  platform: slack\n  id: T0TEST\n  name: \"Test Trading\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("quarter: 2026-Q4\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  EUR: 1.16\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("1.1\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      - key: us-revenue\n", yaml, StringComparison.Ordinal);
        Assert.Equal("Export Sales: the team file for 2026-Q4", reply.Headline);
        var text = reply.Text();
        Assert.Contains("1 objective(s), 4 key result(s) and 3 member(s)", text, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/ReviewBot.Host -- import export-sales-2026-Q4.yaml", text, StringComparison.Ordinal);
        LanguageAssert.English(text);
    }

    [Fact]
    public async Task Without_a_quarter_the_quarter_being_planned_is_exported_and_an_empty_one_points_to_review_plan()
    {
        var reply = (await _team.SayAsync(_team.Mia, "review plan export")).Message();

        Assert.Equal("2027-Q1 has no objectives yet, so there is no team file to write.", reply.Headline);
        Assert.Contains("Type review plan to approve the team's proposals", reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Files);
    }

    [Fact]
    public async Task Next_quarters_approved_okrs_are_exported_without_naming_the_quarter()
    {
        AddNextQuarter(KeyResultUnit.Currency("USD"));

        var reply = (await _team.SayAsync(_team.Mia, "review plan export")).Exported();

        Assert.Equal("export-sales-2027-Q1.yaml", Assert.Single(reply.Files).FileName);
        Assert.Contains("basis: \"第一行：续约\\n第二行\"", Encoding.UTF8.GetString(reply.Files[0].Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_that_are_not_a_quarter_are_repeated_with_how_to_type_the_command()
    {
        var reply = (await _team.SayAsync(_team.Mia, "review plan export next")).Message();

        Assert.Equal("I could not read “next” after review plan export.", reply.Headline);
        Assert.Contains("review plan export for 2027-Q1", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("review plan export 2027-Q2", reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Files);
    }

    [Fact]
    public async Task A_currency_without_the_quarters_rate_stops_the_export_with_where_to_give_it()
    {
        AddNextQuarter(KeyResultUnit.Currency("EUR"));

        var reply = (await _team.SayAsync(_team.Mia, "review plan export 2027-Q1")).Message();

        Assert.Empty(reply.Files);
        Assert.Contains("EUR has no exchange rate for 2027-Q1", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("review plan", reply.Context.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_result_owned_by_someone_who_left_stops_the_export_and_names_them()
    {
        _team.Store.Members[_team.Store.Members.IndexOf(_team.Ben)] = _team.Ben with { Active = false };

        var reply = (await _team.SayAsync(_team.Mia, "review plan export 2026-Q4")).Message();

        Assert.Empty(reply.Files);
        Assert.Contains("“Europe revenue” is owned by Ben Weber, who is no longer on the team.", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("“German storefront live” is owned by Ben Weber", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyed_stream_whose_crew_left_stops_the_export_and_one_scheduled_in_chat_is_left_out()
    {
        var chat = _team.BlackFriday();
        _team.Store.Streams.Add(chat with { Id = "stream-2", Key = "cyber-monday", Title = "Cyber Monday", StartsAt = chat.StartsAt.AddDays(4) });

        var exported = (await _team.SayAsync(_team.Mia, "review plan export 2026-Q4")).Exported();
        _team.Store.Members[_team.Store.Members.IndexOf(_team.Ben)] = _team.Ben with { Active = false };
        _team.Store.Objectives[0] = _team.Store.Objectives[0] with { KeyResults = [.. _team.Store.Objectives[0].KeyResults.Where(k => k.OwnerMemberId != _team.Ben.Id)] };
        var refused = (await _team.SayAsync(_team.Mia, "review plan export 2026-Q4")).Message();

        var yaml = Encoding.UTF8.GetString(Assert.Single(exported.Files).Content.Span);
        Assert.Contains("    - key: cyber-monday\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("Black Friday EU", yaml, StringComparison.Ordinal);
        Assert.Empty(refused.Files);
        Assert.Equal("The stream “Cyber Monday” names Ben Weber, who is no longer on the team, as its host or crew.", refused.Sections.Single().Text);
        Assert.Contains("review stream cancel", refused.Context.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_manager_exports_with_the_chinese_words_and_reads_the_reply_in_chinese()
    {
        var team = new TestTeam(miaLocale: "zh-CN");
        team.Store.Workspaces.Add(new Workspace(TestTeam.WorkspaceId, ChatPlatform.Slack, "T0TEST", "Test Trading"));

        var reply = (await team.SayAsync(team.Mia, "复盘 计划 导出 2026-Q4")).Exported();
        var refused = (await team.SayAsync(team.Mia, "复盘 计划 导出 下个")).Message();

        Assert.Equal("export-sales-2026-Q4.yaml", Assert.Single(reply.Files).FileName);
        LanguageAssert.Chinese(reply.Text(), "Export Sales", "dotnet run --project src/ReviewBot.Host -- import export-sales-2026-Q4.yaml", "--dry-run");
        LanguageAssert.Chinese(refused.Text());
    }

    private void AddNextQuarter(KeyResultUnit unit) =>
        _team.Store.Objectives.Add(new Objective
        {
            Id = "obj-q1",
            WorkspaceId = TestTeam.WorkspaceId,
            TeamId = _team.Team.Id,
            Quarter = Q1,
            Key = "grow-q1",
            Title = "增长",
            Basis = "批准的提案",
            KeyResults =
            [
                new KeyResult
                {
                    Id = "kr-q1",
                    WorkspaceId = TestTeam.WorkspaceId,
                    ObjectiveId = "obj-q1",
                    Key = "revenue-q1",
                    Title = "收入",
                    OwnerMemberId = _team.Andy.Id,
                    Unit = unit,
                    Start = 0m,
                    Target = 1_000_000m,
                    Basis = "第一行：续约\n第二行",
                },
            ],
        });
}

/// <summary>The export's replies: a note where the command was typed, and the file in the manager's direct messages.</summary>
internal static class ExportedReplies
{
    public static MessageReply Exported(this IReadOnlyList<Reply> replies)
    {
        Assert.Equal(2, replies.Count);
        var note = Assert.IsType<MessageReply>(replies[0]);
        Assert.Null(note.ToMemberId);
        Assert.Empty(note.Files);
        var file = Assert.IsType<MessageReply>(replies[1]);
        Assert.NotNull(file.ToMemberId);
        return file;
    }
}
