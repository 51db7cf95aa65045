using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Storage;

/// <summary>Next quarter's plans: members' proposals with their key results, and the team's targets.</summary>
public sealed class PlanStore
{
    private const string ProposalColumns =
        "workspace_id, team_id, quarter, member_id, status, manager_comment, decided_by_member_id, proposed_at, updated_at";

    private const string KeyResultColumns =
        "member_id, ordinal, kr_key, objective_key, objective_title, title, unit_kind, unit_name, start_value, target_value, basis, market, carried_from_key_result_id, position, feed";

    private readonly StorageSession _session;

    internal PlanStore(StorageSession session) => _session = session;

    public async Task<PlanProposal?> ProposalAsync(string workspaceId, string teamId, string memberId, Quarter quarter, CancellationToken cancellationToken)
    {
        var parameters = new { WorkspaceId = workspaceId, TeamId = teamId, Quarter = quarter.Id, MemberId = memberId };
        var row = await _session.QuerySingleOrDefaultAsync<ProposalRow>(
            $"""
            SELECT {ProposalColumns} FROM plan_proposals
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter AND member_id = @MemberId
            """,
            parameters,
            cancellationToken);
        if (row is null)
        {
            return null;
        }

        var keyResults = await _session.QueryAsync<KeyResultRow>(
            $"""
            SELECT {KeyResultColumns} FROM plan_proposal_key_results
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter AND member_id = @MemberId
            ORDER BY ordinal
            """,
            parameters,
            cancellationToken);
        return row.ToProposal(keyResults);
    }

    /// <summary>Every member's proposal for the team's quarter, by member id: two reads however many members.</summary>
    public async Task<IReadOnlyList<PlanProposal>> ProposalsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        var parameters = new { WorkspaceId = workspaceId, TeamId = teamId, Quarter = quarter.Id };
        var rows = await _session.QueryAsync<ProposalRow>(
            $"""
            SELECT {ProposalColumns} FROM plan_proposals
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter
            ORDER BY member_id{_session.Dialect.ByteOrder}
            """,
            parameters,
            cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var keyResults = (await _session.QueryAsync<KeyResultRow>(
            $"""
            SELECT {KeyResultColumns} FROM plan_proposal_key_results
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter
            ORDER BY member_id{_session.Dialect.ByteOrder}, ordinal
            """,
            parameters,
            cancellationToken)).ToLookup(k => k.MemberId, StringComparer.Ordinal);
        return [.. rows.Select(r => r.ToProposal([.. keyResults[r.MemberId]]))];
    }

    /// <summary>The members with a proposal for the team's quarter a manager did not send back: one read of the proposals' rows, none of their key results.</summary>
    public async Task<IReadOnlySet<string>> ProposersAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        var members = await _session.QueryAsync<string>(
            """
            SELECT member_id FROM plan_proposals
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter AND status <> @SentBack
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, Quarter = quarter.Id, SentBack = nameof(PlanStatus.SentBack) },
            cancellationToken);
        return members.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Writes the proposal whole, with its key results, when what is stored was last saved at
    /// <paramref name="expectedUpdatedAt"/> (null: nothing is stored); false, with nothing written, otherwise. The
    /// check is the write's own condition, so of two writers that read the same instant exactly one wins. Run it in a
    /// transaction: the proposal's row and its key results are written one after the other.
    /// </summary>
    /// <exception cref="InvalidOperationException">The member is not on the proposal's team in its workspace.</exception>
    public async Task<bool> SaveProposalAsync(PlanProposal proposal, DateTimeOffset? expectedUpdatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        await EnsureOnTeamAsync(proposal.WorkspaceId, proposal.TeamId, proposal.MemberId, cancellationToken);
        var row = new
        {
            proposal.WorkspaceId,
            proposal.TeamId,
            Quarter = proposal.Quarter.Id,
            proposal.MemberId,
            Status = proposal.Status.ToString(),
            proposal.ManagerComment,
            proposal.DecidedByMemberId,
            proposal.ProposedAt,
            proposal.UpdatedAt,
            Expected = expectedUpdatedAt,
        };
        var written = expectedUpdatedAt is null
            ? await _session.ExecuteAsync(
                $"""
                INSERT INTO plan_proposals ({ProposalColumns})
                VALUES (@WorkspaceId, @TeamId, @Quarter, @MemberId, @Status, @ManagerComment, @DecidedByMemberId, @ProposedAt, @UpdatedAt)
                ON CONFLICT DO NOTHING
                """,
                row,
                cancellationToken)
            : await _session.ExecuteAsync(
                """
                UPDATE plan_proposals SET
                    status = @Status, manager_comment = @ManagerComment, decided_by_member_id = @DecidedByMemberId,
                    proposed_at = @ProposedAt, updated_at = @UpdatedAt
                WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter AND member_id = @MemberId
                  AND updated_at = @Expected
                """,
                row,
                cancellationToken);
        if (written != 1)
        {
            return false;
        }

        var key = new { proposal.WorkspaceId, proposal.TeamId, Quarter = proposal.Quarter.Id, proposal.MemberId };
        await _session.ExecuteAsync(
            """
            DELETE FROM plan_proposal_key_results
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter AND member_id = @MemberId
            """,
            key,
            cancellationToken);
        await _session.ExecuteAsync(
            $"""
            INSERT INTO plan_proposal_key_results (workspace_id, team_id, quarter, {KeyResultColumns})
            VALUES (@WorkspaceId, @TeamId, @Quarter, @MemberId, @Ordinal, @Key, @ObjectiveKey, @ObjectiveTitle, @Title, @UnitKind, @UnitName,
                    @Start, @Target, @Basis, @Market, @CarriedFromKeyResultId, @Position, @Feed)
            """,
            proposal.KeyResults.Select((k, ordinal) => new
            {
                key.WorkspaceId,
                key.TeamId,
                key.Quarter,
                key.MemberId,
                Ordinal = ordinal,
                k.Key,
                k.ObjectiveKey,
                k.ObjectiveTitle,
                k.Title,
                UnitKind = k.Unit.Kind.ToString(),
                UnitName = OkrStore.UnitNameOf(k.Unit),
                k.Start,
                k.Target,
                k.Basis,
                k.Market,
                k.CarriedFromKeyResultId,
                k.Position,
                Feed = k.Feed?.ToString(),
            }),
            cancellationToken);
        return true;
    }

    public async Task<TeamPlanTarget?> TeamTargetAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        (await _session.QuerySingleOrDefaultAsync<TargetRow>(
            """
            SELECT workspace_id, team_id, quarter, currency, amount, set_by_member_id, set_at FROM team_plan_targets
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, Quarter = quarter.Id },
            cancellationToken))?.ToTarget();

    /// <summary>Creates or replaces the team's target for its quarter.</summary>
    /// <exception cref="InvalidOperationException">Whoever set it is not on the team.</exception>
    public async Task SaveTeamTargetAsync(TeamPlanTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await EnsureOnTeamAsync(target.WorkspaceId, target.TeamId, target.SetByMemberId, cancellationToken);
        await _session.ExecuteAsync(
            """
            INSERT INTO team_plan_targets (workspace_id, team_id, quarter, currency, amount, set_by_member_id, set_at)
            VALUES (@WorkspaceId, @TeamId, @Quarter, @Currency, @Amount, @SetByMemberId, @SetAt)
            ON CONFLICT (workspace_id, team_id, quarter) DO UPDATE SET
                currency = excluded.currency, amount = excluded.amount, set_by_member_id = excluded.set_by_member_id, set_at = excluded.set_at
            """,
            new
            {
                target.WorkspaceId,
                target.TeamId,
                Quarter = target.Quarter.Id,
                target.Currency,
                target.Amount,
                target.SetByMemberId,
                target.SetAt,
            },
            cancellationToken);
    }

    /// <summary>
    /// Adds the rates to the team's, each replacing the team's rate of its quarter and currency (in any letter case:
    /// the team's table holds one rate per quarter and currency); the team's other rates stay. The exchange_rates
    /// triggers raise the directory's version, so every host's directory cache reads the team again.
    /// </summary>
    /// <exception cref="InvalidOperationException">The workspace has no such team.</exception>
    public async Task MergeExchangeRatesAsync(string workspaceId, string teamId, IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var ids = new { WorkspaceId = workspaceId, TeamId = teamId };
        if (await _session.ScalarAsync<long>("SELECT COUNT(*) FROM teams WHERE workspace_id = @WorkspaceId AND id = @TeamId", ids, cancellationToken) == 0)
        {
            throw new InvalidOperationException($"Workspace {workspaceId} has no team {teamId}.");
        }

        // The last of two rates for one quarter and currency is the one meant.
        var merged = rates.GroupBy(r => (r.Quarter, Currency: r.Currency.ToUpperInvariant())).Select(g => g.Last());
        foreach (var rate in merged)
        {
            var row = new { ids.WorkspaceId, ids.TeamId, Quarter = rate.Quarter.Id, rate.Currency, Rate = rate.RateToReporting };
            await _session.ExecuteAsync(
                """
                DELETE FROM exchange_rates
                WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter AND upper(currency) = upper(@Currency)
                """,
                row,
                cancellationToken);
            await _session.ExecuteAsync(
                """
                INSERT INTO exchange_rates (workspace_id, team_id, quarter, currency, rate_to_reporting)
                VALUES (@WorkspaceId, @TeamId, @Quarter, @Currency, @Rate)
                """,
                row,
                cancellationToken);
        }
    }

    private async Task EnsureOnTeamAsync(string workspaceId, string teamId, string memberId, CancellationToken cancellationToken)
    {
        var onTeam = await _session.ScalarAsync<long>(
            "SELECT COUNT(*) FROM members WHERE workspace_id = @WorkspaceId AND id = @MemberId AND team_id = @TeamId",
            new { WorkspaceId = workspaceId, TeamId = teamId, MemberId = memberId },
            cancellationToken);
        if (onTeam == 0)
        {
            throw new InvalidOperationException($"Member {memberId} is not on team {teamId} of workspace {workspaceId}.");
        }
    }

    private sealed class ProposalRow
    {
        public string WorkspaceId { get; set; } = "";

        public string TeamId { get; set; } = "";

        public string Quarter { get; set; } = "";

        public string MemberId { get; set; } = "";

        public string Status { get; set; } = "";

        public string? ManagerComment { get; set; }

        public string? DecidedByMemberId { get; set; }

        public DateTimeOffset ProposedAt { get; set; }

        public DateTimeOffset UpdatedAt { get; set; }

        public PlanProposal ToProposal(IEnumerable<KeyResultRow> keyResults) => new()
        {
            WorkspaceId = WorkspaceId,
            TeamId = TeamId,
            MemberId = MemberId,
            Quarter = SqlText.ToQuarter(Quarter),
            Status = SqlText.ToEnum<PlanStatus>(Status),
            KeyResults = [.. keyResults.Select(k => k.ToKeyResult())],
            ManagerComment = ManagerComment,
            DecidedByMemberId = DecidedByMemberId,
            ProposedAt = ProposedAt,
            UpdatedAt = UpdatedAt,
        };
    }

    private sealed class KeyResultRow
    {
        public string MemberId { get; set; } = "";

        public long Ordinal { get; set; }

        public string KrKey { get; set; } = "";

        public string ObjectiveKey { get; set; } = "";

        public string ObjectiveTitle { get; set; } = "";

        public string Title { get; set; } = "";

        public string UnitKind { get; set; } = "";

        public string? UnitName { get; set; }

        public decimal StartValue { get; set; }

        public decimal TargetValue { get; set; }

        public string Basis { get; set; } = "";

        public string? Market { get; set; }

        public string? CarriedFromKeyResultId { get; set; }

        public long Position { get; set; }

        public string? Feed { get; set; }

        public ProposedKeyResult ToKeyResult() => new()
        {
            Key = KrKey,
            ObjectiveKey = ObjectiveKey,
            ObjectiveTitle = ObjectiveTitle,
            Title = Title,
            Unit = OkrStore.UnitOf(SqlText.ToEnum<UnitKind>(UnitKind), UnitName),
            Start = StartValue,
            Target = TargetValue,
            Basis = Basis,
            Market = Market,
            CarriedFromKeyResultId = CarriedFromKeyResultId,
            Position = (int)Position,
            Feed = OkrStore.FeedOf(Feed),
        };
    }

    private sealed class TargetRow
    {
        public string WorkspaceId { get; set; } = "";

        public string TeamId { get; set; } = "";

        public string Quarter { get; set; } = "";

        public string Currency { get; set; } = "";

        public decimal Amount { get; set; }

        public string SetByMemberId { get; set; } = "";

        public DateTimeOffset SetAt { get; set; }

        public TeamPlanTarget ToTarget() => new(WorkspaceId, TeamId, SqlText.ToQuarter(Quarter), Currency, Amount, SetByMemberId, SetAt);
    }
}
