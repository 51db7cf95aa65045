using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Storage.Dialects;

namespace ReviewBot.Storage;

/// <summary>Objectives and their key results, per team and quarter.</summary>
public sealed class OkrStore
{
    private const string ObjectiveColumns = "id, workspace_id, team_id, quarter, objective_key, title, owner_member_id, basis, position";

    /// <summary>The columns of one member's few key results, read through Dapper rows.</summary>
    private const string KeyResultColumns =
        "k.id, k.workspace_id, k.objective_id, k.kr_key, k.title, k.owner_member_id, k.unit_kind, k.unit_name, k.start_value, k.target_value, k.weight, k.basis, k.market, k.position, k.feed";

    private readonly StorageSession _session;

    internal OkrStore(StorageSession session) => _session = session;

    /// <summary>The team's objectives for a quarter, in order, each with its key results in order.</summary>
    public async Task<IReadOnlyList<Objective>> ObjectivesAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        var parameters = new { WorkspaceId = workspaceId, TeamId = teamId, Quarter = quarter.Id };
        var objectives = await _session.QueryAsync<ObjectiveRow>(
            $"""
            SELECT {ObjectiveColumns} FROM objectives
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter
            ORDER BY position, objective_key{_session.Dialect.ByteOrder}
            """,
            parameters,
            cancellationToken);
        var keyResults = await KeyResultsOfQuarterAsync(workspaceId, teamId, quarter, cancellationToken);
        var byObjective = keyResults.ToLookup(k => k.ObjectiveId, StringComparer.Ordinal);
        return [.. objectives.Select(o => o.ToObjective([.. byObjective[o.Id]]))];
    }

    /// <summary>
    /// The key results of the team's objectives in a quarter, in order: thousands for a large team, so read column by
    /// column with the texts many of them share (objective, owner, unit, key, basis, market) held once.
    /// </summary>
    /// <remarks>
    /// The team's objectives of the quarter lead, found through their unique (team, quarter, key) index, and each one's
    /// key results follow through theirs: SQLite is held to that order by <c>CROSS JOIN</c> and kept off the workspace's
    /// index (<see cref="SqlDialect.NotIndexed"/>), which walked every team's key results of every quarter.
    /// </remarks>
    private async Task<List<KeyResult>> KeyResultsOfQuarterAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        var keyResults = new List<KeyResult>();
        var texts = new TextPool();
        await using var rows = await _session.RowsAsync(
            $"""
            SELECT k.id, k.objective_id, k.kr_key, k.title, k.owner_member_id, k.unit_kind, k.unit_name,
                   k.start_value, k.target_value, k.weight, k.basis, k.market, k.position, k.feed
            FROM objectives o CROSS JOIN key_results k
            WHERE o.team_id = @TeamId AND o.quarter = @Quarter AND {_session.Dialect.NotIndexed}o.workspace_id = @WorkspaceId
              AND k.objective_id = o.id AND {_session.Dialect.NotIndexed}k.workspace_id = o.workspace_id
            ORDER BY k.position, k.kr_key{_session.Dialect.ByteOrder}
            """,
            [("@WorkspaceId", workspaceId), ("@TeamId", teamId), ("@Quarter", quarter.Id)],
            cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            var unitName = rows.IsNull(6) ? null : rows.Pooled(6, texts);
            keyResults.Add(new KeyResult
            {
                Id = rows.Text(0),
                WorkspaceId = workspaceId,
                ObjectiveId = rows.Pooled(1, texts),
                Key = rows.Pooled(2, texts),
                Title = rows.Text(3),
                OwnerMemberId = rows.IsNull(4) ? null : rows.Pooled(4, texts),
                Unit = UnitOf(rows.Enum<UnitKind>(5), unitName),
                Start = rows.Decimal(7),
                Target = rows.Decimal(8),
                Weight = rows.Decimal(9),
                Basis = rows.Pooled(10, texts),
                Market = rows.IsNull(11) ? null : rows.Pooled(11, texts),
                Position = rows.Int32(12),
                Feed = FeedOf(rows.NullableText(13)),
            });
        }

        return keyResults;
    }

    /// <summary>
    /// The key results the member owns in the team's quarter, under their objectives (holding only those), in the
    /// order of <see cref="ObjectivesAsync"/>: one statement whose rows are the member's few, however large the team.
    /// </summary>
    /// <remarks>
    /// The member's key results lead, found through <c>ix_key_results_owner</c>, and each one's objective then
    /// tells whether it is the team's quarter: the rows read are the member's own, so a prompt costs the same in a
    /// team of ten thousand as in a team of ten. SQLite is held to that order by <c>CROSS JOIN</c> (its planner,
    /// without statistics, would rather walk the team's key results); PostgreSQL plans it as a plain join.
    /// </remarks>
    public async Task<IReadOnlyList<Objective>> MemberObjectivesAsync(string workspaceId, string teamId, string memberId, Quarter quarter, CancellationToken cancellationToken)
    {
        var rows = await _session.QueryAsync<OwnedKeyResultRow>(
            $"""
            SELECT {KeyResultColumns}, o.objective_key, o.title AS objective_title, o.owner_member_id AS objective_owner_member_id,
                   o.basis AS objective_basis, o.position AS objective_position
            FROM key_results k
            CROSS JOIN objectives o
            WHERE k.workspace_id = @WorkspaceId AND k.owner_member_id = @MemberId
              AND o.id = k.objective_id AND o.team_id = @TeamId AND o.quarter = @Quarter
            ORDER BY o.position, o.objective_key{_session.Dialect.ByteOrder}, k.position, k.kr_key{_session.Dialect.ByteOrder}
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, MemberId = memberId, Quarter = quarter.Id },
            cancellationToken);
        // In objective order already: each objective's rows come together, its key results in their order.
        var objectives = new List<Objective>();
        foreach (var group in rows.GroupBy(r => r.ObjectiveId, StringComparer.Ordinal))
        {
            var first = group.First();
            objectives.Add(new Objective
            {
                Id = first.ObjectiveId,
                WorkspaceId = workspaceId,
                TeamId = teamId,
                Quarter = quarter,
                Key = first.ObjectiveKey,
                Title = first.ObjectiveTitle,
                OwnerMemberId = first.ObjectiveOwnerMemberId,
                Basis = first.ObjectiveBasis,
                Position = (int)first.ObjectivePosition,
                KeyResults = [.. group.Select(r => r.ToKeyResult())],
            });
        }

        return objectives;
    }

    /// <summary>A unit as its two columns hold it (see <see cref="UnitNameOf"/>); plan proposals store theirs the same way.</summary>
    internal static KeyResultUnit UnitOf(UnitKind kind, string? name) => kind switch
    {
        UnitKind.Currency => KeyResultUnit.Currency(name!),
        UnitKind.Count => KeyResultUnit.Count(name!),
        UnitKind.Percentage => KeyResultUnit.Percentage,
        _ => KeyResultUnit.Milestone,
    };

    /// <summary>What <c>unit_name</c> holds beside the unit's kind: a currency's ISO code, a count's name, else nothing.</summary>
    internal static string? UnitNameOf(KeyResultUnit unit) => unit switch
    {
        CurrencyUnit currency => currency.IsoCode,
        CountUnit count => count.Name,
        _ => null,
    };

    /// <summary>A feed as <see cref="KeyResultFeed.ToString"/> wrote it ("live-streams.gmv"); null for a checked-in key result.</summary>
    internal static KeyResultFeed? FeedOf(string? text) => text switch
    {
        null => null,
        _ when text.StartsWith(KeyResultFeed.LiveStreamsPrefix, StringComparison.Ordinal) => new KeyResultFeed(text[KeyResultFeed.LiveStreamsPrefix.Length..]),
        _ => throw new InvalidOperationException($"A key result's feed \"{text}\" is not one this version reads."),
    };

    /// <summary>The quarters in which the team has objectives, latest first.</summary>
    public async Task<IReadOnlyList<Quarter>> QuartersAsync(string workspaceId, string teamId, CancellationToken cancellationToken)
    {
        var quarters = await _session.QueryAsync<string>(
            "SELECT DISTINCT quarter FROM objectives WHERE workspace_id = @WorkspaceId AND team_id = @TeamId",
            new { WorkspaceId = workspaceId, TeamId = teamId },
            cancellationToken);
        return [.. quarters.Select(SqlText.ToQuarter).OrderDescending()];
    }

    /// <summary>
    /// Whether saving the objective would find its key taken: stored in its team's quarter under another objective's
    /// id, or one of its key results' keys stored under it with another key result's id. The unique keys would refuse
    /// the save with an error; asked first, under the workspace lock, it is a conflict the caller can report instead.
    /// </summary>
    public async Task<bool> KeyTakenAsync(Objective objective, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var objectiveTaken = await _session.ScalarAsync<long>(
            """
            SELECT COUNT(*) FROM objectives
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter AND objective_key = @Key AND id <> @Id
            """,
            new { objective.WorkspaceId, objective.TeamId, Quarter = objective.Quarter.Id, objective.Key, objective.Id },
            cancellationToken);
        if (objectiveTaken > 0)
        {
            return true;
        }

        if (objective.KeyResults.Count == 0)
        {
            return false;
        }

        var stored = await _session.QueryAsync<StoredKey>(
            "SELECT id, kr_key FROM key_results WHERE workspace_id = @WorkspaceId AND objective_id = @Id",
            new { objective.WorkspaceId, objective.Id },
            cancellationToken);
        var idByKey = stored.ToDictionary(k => k.KrKey, k => k.Id, StringComparer.Ordinal);
        return objective.KeyResults.Any(k => idByKey.TryGetValue(k.Key, out var id) && id != k.Id);
    }

    /// <summary>Creates or updates the objective and each of its key results. Key results not listed are left alone.</summary>
    public async Task SaveObjectiveAsync(Objective objective, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var updated = await _session.ExecuteAsync(
            """
            INSERT INTO objectives (id, workspace_id, team_id, quarter, objective_key, title, owner_member_id, basis, position)
            VALUES (@Id, @WorkspaceId, @TeamId, @Quarter, @Key, @Title, @OwnerMemberId, @Basis, @Position)
            ON CONFLICT (id) DO UPDATE SET
                objective_key = excluded.objective_key, title = excluded.title, owner_member_id = excluded.owner_member_id,
                basis = excluded.basis, position = excluded.position
            WHERE objectives.workspace_id = excluded.workspace_id AND objectives.team_id = excluded.team_id
            """,
            new
            {
                objective.Id,
                objective.WorkspaceId,
                objective.TeamId,
                Quarter = objective.Quarter.Id,
                objective.Key,
                objective.Title,
                objective.OwnerMemberId,
                objective.Basis,
                objective.Position,
            },
            cancellationToken);
        if (updated == 0)
        {
            throw new InvalidOperationException($"Objective {objective.Id} belongs to another team or workspace.");
        }

        foreach (var keyResult in objective.KeyResults)
        {
            await SaveKeyResultAsync(keyResult, cancellationToken);
        }
    }

    public async Task SaveKeyResultAsync(KeyResult keyResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        var updated = await _session.ExecuteAsync(
            """
            INSERT INTO key_results (id, workspace_id, objective_id, kr_key, title, owner_member_id, unit_kind, unit_name,
                                     start_value, target_value, weight, basis, market, position, feed)
            VALUES (@Id, @WorkspaceId, @ObjectiveId, @Key, @Title, @OwnerMemberId, @UnitKind, @UnitName,
                    @Start, @Target, @Weight, @Basis, @Market, @Position, @Feed)
            ON CONFLICT (id) DO UPDATE SET
                kr_key = excluded.kr_key, title = excluded.title, owner_member_id = excluded.owner_member_id,
                unit_kind = excluded.unit_kind, unit_name = excluded.unit_name, start_value = excluded.start_value,
                target_value = excluded.target_value, weight = excluded.weight, basis = excluded.basis,
                market = excluded.market, position = excluded.position, feed = excluded.feed
            WHERE key_results.workspace_id = excluded.workspace_id AND key_results.objective_id = excluded.objective_id
            """,
            new
            {
                keyResult.Id,
                keyResult.WorkspaceId,
                keyResult.ObjectiveId,
                keyResult.Key,
                keyResult.Title,
                keyResult.OwnerMemberId,
                UnitKind = keyResult.Unit.Kind.ToString(),
                UnitName = UnitNameOf(keyResult.Unit),
                keyResult.Start,
                keyResult.Target,
                keyResult.Weight,
                keyResult.Basis,
                keyResult.Market,
                keyResult.Position,
                Feed = keyResult.Feed?.ToString(),
            },
            cancellationToken);
        if (updated == 0)
        {
            throw new InvalidOperationException($"Key result {keyResult.Id} belongs to another objective or workspace.");
        }
    }

    /// <summary>Whether anything was recorded about the key result (check-ins or written answers), so deleting it would lose history.</summary>
    public async Task<bool> HasHistoryAsync(string workspaceId, string keyResultId, CancellationToken cancellationToken) =>
        await _session.ScalarAsync<bool>(
            """
            SELECT EXISTS (SELECT 1 FROM check_ins WHERE workspace_id = @WorkspaceId AND key_result_id = @KeyResultId)
                OR EXISTS (SELECT 1 FROM review_answers WHERE workspace_id = @WorkspaceId AND key_result_id = @KeyResultId)
            """,
            new { WorkspaceId = workspaceId, KeyResultId = keyResultId },
            cancellationToken);

    public Task DeleteKeyResultAsync(string workspaceId, string keyResultId, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            "DELETE FROM key_results WHERE workspace_id = @WorkspaceId AND id = @KeyResultId",
            new { WorkspaceId = workspaceId, KeyResultId = keyResultId },
            cancellationToken);

    public Task DeleteObjectiveAsync(string workspaceId, string objectiveId, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            "DELETE FROM objectives WHERE workspace_id = @WorkspaceId AND id = @ObjectiveId",
            new { WorkspaceId = workspaceId, ObjectiveId = objectiveId },
            cancellationToken);

    private sealed class ObjectiveRow
    {
        public string Id { get; set; } = "";

        public string WorkspaceId { get; set; } = "";

        public string TeamId { get; set; } = "";

        public string Quarter { get; set; } = "";

        public string ObjectiveKey { get; set; } = "";

        public string Title { get; set; } = "";

        public string? OwnerMemberId { get; set; }

        public string Basis { get; set; } = "";

        public long Position { get; set; }

        public Objective ToObjective(IReadOnlyList<KeyResult> keyResults) => new()
        {
            Id = Id,
            WorkspaceId = WorkspaceId,
            TeamId = TeamId,
            Quarter = SqlText.ToQuarter(Quarter),
            Key = ObjectiveKey,
            Title = Title,
            OwnerMemberId = OwnerMemberId,
            Basis = Basis,
            Position = (int)Position,
            KeyResults = keyResults,
        };
    }

    /// <summary>A key result read with its objective's own fields, for <see cref="MemberObjectivesAsync"/>.</summary>
    private sealed class OwnedKeyResultRow
    {
        public string Id { get; set; } = "";

        public string WorkspaceId { get; set; } = "";

        public string ObjectiveId { get; set; } = "";

        public string KrKey { get; set; } = "";

        public string Title { get; set; } = "";

        public string? OwnerMemberId { get; set; }

        public string UnitKind { get; set; } = "";

        public string? UnitName { get; set; }

        public decimal StartValue { get; set; }

        public decimal TargetValue { get; set; }

        public decimal Weight { get; set; }

        public string Basis { get; set; } = "";

        public string? Market { get; set; }

        public long Position { get; set; }

        public string? Feed { get; set; }

        public string ObjectiveKey { get; set; } = "";

        public string ObjectiveTitle { get; set; } = "";

        public string? ObjectiveOwnerMemberId { get; set; }

        public string ObjectiveBasis { get; set; } = "";

        public long ObjectivePosition { get; set; }

        public KeyResult ToKeyResult() => new()
        {
            Id = Id,
            WorkspaceId = WorkspaceId,
            ObjectiveId = ObjectiveId,
            Key = KrKey,
            Title = Title,
            OwnerMemberId = OwnerMemberId,
            Unit = UnitOf(SqlText.ToEnum<UnitKind>(UnitKind), UnitName),
            Start = StartValue,
            Target = TargetValue,
            Weight = Weight,
            Basis = Basis,
            Market = Market,
            Position = (int)Position,
            Feed = FeedOf(Feed),
        };
    }

    private sealed class StoredKey
    {
        public string Id { get; set; } = "";

        public string KrKey { get; set; } = "";
    }
}
