using ReviewBot.Core.People;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Storage;

/// <summary>Teams, their settings and their members. Every query names the workspace it reads.</summary>
public sealed class TeamStore
{
    private const string TeamColumns =
        "id, workspace_id, team_key, name, time_zone, fiscal_year_start_month, reporting_currency, locale, market, check_in_day, check_in_time, planning_prompt";

    private const string MemberColumns =
        "id, workspace_id, team_id, name, email, slack_user_id, teams_user_id, role, market, time_zone, locale, profile_from_chat, active";

    private readonly StorageSession _session;

    internal TeamStore(StorageSession session) => _session = session;

    public async Task<Team?> FindByKeyAsync(string workspaceId, string teamKey, CancellationToken cancellationToken)
    {
        var row = await _session.QuerySingleOrDefaultAsync<TeamRow>(
            $"SELECT {TeamColumns} FROM teams WHERE workspace_id = @WorkspaceId AND team_key = @TeamKey",
            new { WorkspaceId = workspaceId, TeamKey = teamKey },
            cancellationToken);
        return row is null ? null : await WithSettingsAsync(row, cancellationToken);
    }

    public async Task<Team?> GetAsync(string workspaceId, string teamId, CancellationToken cancellationToken)
    {
        var row = await _session.QuerySingleOrDefaultAsync<TeamRow>(
            $"SELECT {TeamColumns} FROM teams WHERE workspace_id = @WorkspaceId AND id = @TeamId",
            new { WorkspaceId = workspaceId, TeamId = teamId },
            cancellationToken);
        return row is null ? null : await WithSettingsAsync(row, cancellationToken);
    }

    public async Task<IReadOnlyList<Team>> ListAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var rows = await _session.QueryAsync<TeamRow>(
            $"SELECT {TeamColumns} FROM teams WHERE workspace_id = @WorkspaceId ORDER BY name{_session.Dialect.ByteOrder}, id",
            new { WorkspaceId = workspaceId },
            cancellationToken);
        var teams = new List<Team>(rows.Count);
        foreach (var row in rows)
        {
            teams.Add(await WithSettingsAsync(row, cancellationToken));
        }

        return teams;
    }

    /// <summary>Creates or updates the team and replaces its settings (rates, holidays, channels) with the given ones.</summary>
    public async Task SaveAsync(Team team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var ids = new { team.WorkspaceId, TeamId = team.Id };
        var updated = await _session.ExecuteAsync(
            """
            INSERT INTO teams (id, workspace_id, team_key, name, time_zone, fiscal_year_start_month, reporting_currency, locale, market, check_in_day, check_in_time, planning_prompt)
            VALUES (@Id, @WorkspaceId, @Key, @Name, @TimeZoneId, @FiscalYearStartMonth, @ReportingCurrency, @Locale, @Market, @CheckInDay, @CheckInTime, @PlanningPrompt)
            ON CONFLICT (id) DO UPDATE SET
                team_key = excluded.team_key, name = excluded.name, time_zone = excluded.time_zone,
                fiscal_year_start_month = excluded.fiscal_year_start_month, reporting_currency = excluded.reporting_currency,
                locale = excluded.locale, market = excluded.market, check_in_day = excluded.check_in_day, check_in_time = excluded.check_in_time,
                planning_prompt = excluded.planning_prompt
            WHERE teams.workspace_id = excluded.workspace_id
            """,
            new
            {
                team.Id,
                team.WorkspaceId,
                team.Key,
                team.Name,
                team.TimeZoneId,
                team.FiscalYearStartMonth,
                team.ReportingCurrency,
                team.Locale,
                team.Market,
                CheckInDay = (int)team.CheckIn.Day,
                CheckInTime = team.CheckIn.Time,
                PlanningPrompt = team.PlanningPrompt.ToString(),
            },
            cancellationToken);
        if (updated == 0)
        {
            throw new InvalidOperationException($"Team {team.Id} belongs to another workspace.");
        }

        await _session.ExecuteAsync("DELETE FROM exchange_rates WHERE workspace_id = @WorkspaceId AND team_id = @TeamId", ids, cancellationToken);
        await _session.ExecuteAsync(
            """
            INSERT INTO exchange_rates (workspace_id, team_id, quarter, currency, rate_to_reporting)
            VALUES (@WorkspaceId, @TeamId, @Quarter, @Currency, @Rate)
            """,
            team.ExchangeRates.Rates.Select(r => new { ids.WorkspaceId, ids.TeamId, Quarter = r.Quarter.Id, r.Currency, Rate = r.RateToReporting }),
            cancellationToken);

        await _session.ExecuteAsync("DELETE FROM holidays WHERE workspace_id = @WorkspaceId AND team_id = @TeamId", ids, cancellationToken);
        await _session.ExecuteAsync(
            "INSERT INTO holidays (workspace_id, team_id, market, holiday_date, name) VALUES (@WorkspaceId, @TeamId, @Market, @Date, @Name)",
            team.Holidays.Select(h => new { ids.WorkspaceId, ids.TeamId, h.Market, h.Date, h.Name }),
            cancellationToken);

        await _session.ExecuteAsync("DELETE FROM summary_channels WHERE workspace_id = @WorkspaceId AND team_id = @TeamId", ids, cancellationToken);
        await _session.ExecuteAsync(
            "INSERT INTO summary_channels (workspace_id, team_id, platform, channel_id) VALUES (@WorkspaceId, @TeamId, @Platform, @ChannelId)",
            team.SummaryChannels.Select(c => new { ids.WorkspaceId, ids.TeamId, Platform = c.Platform.ToString(), c.ChannelId }),
            cancellationToken);
    }

    public Task<IReadOnlyList<Member>> MembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        QueryMembersAsync(
            $"SELECT {MemberColumns} FROM members WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND active = TRUE ORDER BY name{_session.Dialect.ByteOrder}, id",
            new { WorkspaceId = workspaceId, TeamId = teamId },
            cancellationToken);

    /// <summary>The workspace's active member with this id, whichever team they are on.</summary>
    public async Task<Member?> MemberAsync(string workspaceId, string memberId, CancellationToken cancellationToken) =>
        (await _session.QuerySingleOrDefaultAsync<MemberRow>(
            $"SELECT {MemberColumns} FROM members WHERE workspace_id = @WorkspaceId AND id = @MemberId AND active = TRUE",
            new { WorkspaceId = workspaceId, MemberId = memberId },
            cancellationToken))?.ToMember();

    /// <summary>Everyone the team ever had, former members included (the importer matches against them).</summary>
    public Task<IReadOnlyList<Member>> AllMembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        QueryMembersAsync(
            $"SELECT {MemberColumns} FROM members WHERE workspace_id = @WorkspaceId AND team_id = @TeamId ORDER BY name{_session.Dialect.ByteOrder}, id",
            new { WorkspaceId = workspaceId, TeamId = teamId },
            cancellationToken);

    /// <summary>The active members a chat user is, across the workspace's teams (usually one).</summary>
    public Task<IReadOnlyList<Member>> MembersByChatIdentityAsync(string workspaceId, ChatPlatform platform, string userId, CancellationToken cancellationToken)
    {
        var column = platform switch
        {
            ChatPlatform.Slack => "slack_user_id",
            ChatPlatform.Teams => "teams_user_id",
            _ => "id",
        };
        return QueryMembersAsync(
            $"SELECT {MemberColumns} FROM members WHERE workspace_id = @WorkspaceId AND {column} = @UserId AND active = TRUE ORDER BY name{_session.Dialect.ByteOrder}, id",
            new { WorkspaceId = workspaceId, UserId = userId },
            cancellationToken);
    }

    public async Task SaveMemberAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var updated = await _session.ExecuteAsync(
            """
            INSERT INTO members (id, workspace_id, team_id, name, email, slack_user_id, teams_user_id, role, market, time_zone, locale, profile_from_chat, active)
            VALUES (@Id, @WorkspaceId, @TeamId, @Name, @Email, @SlackUserId, @TeamsUserId, @Role, @Market, @TimeZoneId, @Locale, @ProfileFromChat, @Active)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, email = excluded.email, slack_user_id = excluded.slack_user_id,
                teams_user_id = excluded.teams_user_id, role = excluded.role, market = excluded.market,
                time_zone = excluded.time_zone, locale = excluded.locale, profile_from_chat = excluded.profile_from_chat, active = excluded.active
            WHERE members.workspace_id = excluded.workspace_id AND members.team_id = excluded.team_id
            """,
            new
            {
                member.Id,
                member.WorkspaceId,
                member.TeamId,
                member.Name,
                member.Email,
                member.SlackUserId,
                member.TeamsUserId,
                Role = member.Role.ToString(),
                member.Market,
                member.TimeZoneId,
                member.Locale,
                member.ProfileFromChat,
                member.Active,
            },
            cancellationToken);
        if (updated == 0)
        {
            throw new InvalidOperationException($"Member {member.Id} belongs to another team or workspace.");
        }
    }

    /// <summary>
    /// Writes only what a chat profile teaches, and only while the member still waits for it: one statement, so an
    /// import that retired or changed the member between the read and this write is never undone.
    /// </summary>
    public Task<int> SaveChatProfileAsync(string workspaceId, string memberId, string timeZoneId, string locale, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            """
            UPDATE members SET time_zone = @TimeZoneId, locale = @Locale, profile_from_chat = FALSE
            WHERE workspace_id = @WorkspaceId AND id = @MemberId AND profile_from_chat = TRUE
            """,
            new { WorkspaceId = workspaceId, MemberId = memberId, TimeZoneId = timeZoneId, Locale = locale },
            cancellationToken);

    /// <summary>
    /// Gives a Teams account to the workspace's active members with this e-mail (any case) who have none yet, in one
    /// statement: a person on two teams is linked on both or neither. Returns how many were linked.
    /// </summary>
    public Task<int> LinkTeamsUserByEmailAsync(string workspaceId, string email, string teamsUserId, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            """
            UPDATE members SET teams_user_id = @TeamsUserId
            WHERE workspace_id = @WorkspaceId AND active = TRUE AND teams_user_id IS NULL AND lower(email) = lower(@Email)
            """,
            new { WorkspaceId = workspaceId, Email = email, TeamsUserId = teamsUserId },
            cancellationToken);

    private async Task<IReadOnlyList<Member>> QueryMembersAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        [.. (await _session.QueryAsync<MemberRow>(sql, parameters, cancellationToken)).Select(r => r.ToMember())];

    private async Task<Team> WithSettingsAsync(TeamRow row, CancellationToken cancellationToken)
    {
        var ids = new { row.WorkspaceId, TeamId = row.Id };
        var rates = await _session.QueryAsync<RateRow>(
            "SELECT quarter, currency, rate_to_reporting FROM exchange_rates WHERE workspace_id = @WorkspaceId AND team_id = @TeamId",
            ids,
            cancellationToken);
        var holidays = await _session.QueryAsync<HolidayRow>(
            $"SELECT market, holiday_date, name FROM holidays WHERE workspace_id = @WorkspaceId AND team_id = @TeamId ORDER BY holiday_date, market{_session.Dialect.ByteOrder}",
            ids,
            cancellationToken);
        var channels = await _session.QueryAsync<ChannelRow>(
            $"SELECT platform, channel_id FROM summary_channels WHERE workspace_id = @WorkspaceId AND team_id = @TeamId ORDER BY platform{_session.Dialect.ByteOrder}, channel_id{_session.Dialect.ByteOrder}",
            ids,
            cancellationToken);
        return new Team
        {
            Id = row.Id,
            WorkspaceId = row.WorkspaceId,
            Key = row.TeamKey,
            Name = row.Name,
            TimeZoneId = row.TimeZone,
            FiscalYearStartMonth = (int)row.FiscalYearStartMonth,
            ReportingCurrency = row.ReportingCurrency,
            Locale = row.Locale,
            Market = row.Market,
            CheckIn = new CheckInSchedule((DayOfWeek)row.CheckInDay, row.CheckInTime),
            PlanningPrompt = SqlText.ToEnum<PlanningPrompt>(row.PlanningPrompt),
            ExchangeRates = new ExchangeRateTable(rates.Select(r => new ExchangeRate(SqlText.ToQuarter(r.Quarter), r.Currency, r.RateToReporting))),
            Holidays = [.. holidays.Select(h => new Holiday(h.Market, h.HolidayDate, h.Name))],
            SummaryChannels = [.. channels.Select(c => new SummaryChannel(SqlText.ToEnum<ChatPlatform>(c.Platform), c.ChannelId))],
        };
    }

    private sealed class TeamRow
    {
        public string Id { get; set; } = "";

        public string WorkspaceId { get; set; } = "";

        public string TeamKey { get; set; } = "";

        public string Name { get; set; } = "";

        public string TimeZone { get; set; } = "";

        public long FiscalYearStartMonth { get; set; }

        public string ReportingCurrency { get; set; } = "";

        public string Locale { get; set; } = "";

        public string? Market { get; set; }

        public long CheckInDay { get; set; }

        public TimeOnly CheckInTime { get; set; }

        public string PlanningPrompt { get; set; } = nameof(Core.People.PlanningPrompt.AfterRetrospective);
    }

    private sealed class RateRow
    {
        public string Quarter { get; set; } = "";

        public string Currency { get; set; } = "";

        public decimal RateToReporting { get; set; }
    }

    private sealed class HolidayRow
    {
        public string Market { get; set; } = "";

        public DateOnly HolidayDate { get; set; }

        public string Name { get; set; } = "";
    }

    private sealed class ChannelRow
    {
        public string Platform { get; set; } = "";

        public string ChannelId { get; set; } = "";
    }

    private sealed class MemberRow
    {
        public string Id { get; set; } = "";

        public string WorkspaceId { get; set; } = "";

        public string TeamId { get; set; } = "";

        public string Name { get; set; } = "";

        public string? Email { get; set; }

        public string? SlackUserId { get; set; }

        public string? TeamsUserId { get; set; }

        public string Role { get; set; } = "";

        public string Market { get; set; } = "";

        public string TimeZone { get; set; } = "";

        public string Locale { get; set; } = "";

        public bool ProfileFromChat { get; set; }

        public bool Active { get; set; } = true;

        public Member ToMember() => new()
        {
            Id = Id,
            WorkspaceId = WorkspaceId,
            TeamId = TeamId,
            Name = Name,
            Email = Email,
            SlackUserId = SlackUserId,
            TeamsUserId = TeamsUserId,
            Role = SqlText.ToEnum<MemberRole>(Role),
            Market = Market,
            TimeZoneId = TimeZone,
            Locale = Locale,
            ProfileFromChat = ProfileFromChat,
            Active = Active,
        };
    }
}
