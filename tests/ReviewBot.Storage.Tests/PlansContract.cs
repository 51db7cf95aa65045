using System.Globalization;
using ReviewBot.Core;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Scoring;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>The team plans port over the SQL store: proposals saved whole and optimistically, approvals in one transaction, targets and rates.</summary>
public abstract class PlansContract : StorageContract
{
    /// <summary>The quarter planned: the one after the sample's.</summary>
    private static readonly Quarter Planned = SampleData.Quarter.Next();

    /// <summary>An instant to the microsecond, which both engines keep.</summary>
    private static readonly DateTimeOffset Proposed = new DateTimeOffset(2026, 12, 28, 10, 15, 30, TimeSpan.FromHours(8)).AddTicks(1_234_560);

    [Fact]
    public async Task A_member_who_proposed_nothing_has_no_proposal()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);

        Assert.Null(await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, Planned, Ct));
        Assert.Empty(await store.ProposalsAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct));
    }

    [Fact]
    public async Task A_proposal_reads_back_whole_with_every_unit_kind_its_exact_decimals_and_its_order()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var proposal = Proposal(sample) with
        {
            Status = PlanStatus.SentBack,
            ManagerComment = "目标太低 — aim for \"more\" 'please'",
            DecidedByMemberId = sample.Manager.Id,
            UpdatedAt = Proposed.AddMinutes(30),
        };

        Assert.True(await store.SaveProposalAsync(proposal, null, Ct));

        var loaded = await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, Planned, Ct);
        AssertSame(proposal, loaded);
        // Equal decimals can differ in scale (12.50 and 12.5); the stored form must keep what the member wrote.
        Assert.Equal(
            proposal.KeyResults.Select(k => $"{k.Start.ToString(CultureInfo.InvariantCulture)}→{k.Target.ToString(CultureInfo.InvariantCulture)}"),
            loaded!.KeyResults.Select(k => $"{k.Start.ToString(CultureInfo.InvariantCulture)}→{k.Target.ToString(CultureInfo.InvariantCulture)}"));
        Assert.Equal(TimeSpan.Zero, loaded.ProposedAt.Offset);
    }

    [Fact]
    public async Task The_teams_proposals_of_the_quarter_are_listed_and_no_other_quarters_or_teams()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var other = await SampleData.WriteAsync(db.Database, "T02", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var sellers = Proposal(sample);
        var managers = Proposal(sample) with { MemberId = sample.Manager.Id, KeyResults = [] };
        Assert.True(await store.SaveProposalAsync(sellers, null, Ct));
        Assert.True(await store.SaveProposalAsync(managers, null, Ct));
        Assert.True(await store.SaveProposalAsync(Proposal(sample) with { Quarter = Planned.Next() }, null, Ct));
        Assert.True(await store.SaveProposalAsync(Proposal(other), null, Ct));

        var listed = await store.ProposalsAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct);

        Assert.Equal(2, listed.Count);
        AssertSame(sellers, listed.Single(p => p.MemberId == sample.Seller.Id));
        AssertSame(managers, listed.Single(p => p.MemberId == sample.Manager.Id));
        Assert.Empty(await store.ProposalsAsync(sample.Workspace.Id, other.Team.Id, Planned, Ct));
        Assert.Null(await store.ProposalAsync(other.Workspace.Id, other.Team.Id, sample.Seller.Id, Planned, Ct));
    }

    [Fact]
    public async Task The_proposers_are_the_teams_members_with_a_proposal_for_the_quarter_that_was_not_sent_back()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var other = await SampleData.WriteAsync(db.Database, "T02", Ct);
        var approvedMember = await NewSellerAsync(db, sample, "Cara Colleague");
        var store = new ReviewStore(db.Database, db.Time);
        Assert.Empty(await store.ProposersAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct));

        Assert.True(await store.SaveProposalAsync(Proposal(sample), null, Ct));
        Assert.True(await store.SaveProposalAsync(Proposal(sample) with { MemberId = approvedMember.Id, Status = PlanStatus.Approved }, null, Ct));
        Assert.True(await store.SaveProposalAsync(Proposal(sample) with { MemberId = sample.Manager.Id, Status = PlanStatus.SentBack }, null, Ct));
        Assert.True(await store.SaveProposalAsync(Proposal(sample) with { MemberId = sample.Manager.Id, Quarter = Planned.Next() }, null, Ct));
        Assert.True(await store.SaveProposalAsync(Proposal(other), null, Ct));

        Assert.Equal(
            new[] { sample.Seller.Id, approvedMember.Id }.Order(StringComparer.Ordinal),
            (await store.ProposersAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct)).Order(StringComparer.Ordinal));
        Assert.Equal([sample.Manager.Id], await store.ProposersAsync(sample.Workspace.Id, sample.Team.Id, Planned.Next(), Ct));
        Assert.Equal([other.Seller.Id], await store.ProposersAsync(other.Workspace.Id, other.Team.Id, Planned, Ct));
        Assert.Empty(await store.ProposersAsync(other.Workspace.Id, sample.Team.Id, Planned, Ct));
    }

    [Fact]
    public async Task A_save_that_expects_no_proposal_is_refused_once_one_is_stored_and_changes_nothing()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var first = Proposal(sample);
        Assert.True(await store.SaveProposalAsync(first, null, Ct));

        var second = Proposal(sample) with { KeyResults = [first.KeyResults[0] with { Title = "Someone else's" }], UpdatedAt = Proposed.AddHours(1) };

        Assert.False(await store.SaveProposalAsync(second, null, Ct));
        AssertSame(first, await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, Planned, Ct));
    }

    [Fact]
    public async Task A_save_that_read_an_older_instant_is_refused_and_one_that_read_the_stored_instant_replaces_it_whole()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var first = Proposal(sample);
        Assert.True(await store.SaveProposalAsync(first, null, Ct));
        var edited = first with { KeyResults = [first.KeyResults[2]], ManagerComment = "Edited", DecidedByMemberId = sample.Manager.Id, UpdatedAt = Proposed.AddHours(1) };
        Assert.True(await store.SaveProposalAsync(edited, first.UpdatedAt, Ct));

        // The member's form was opened before the manager's edit: its save must not undo it.
        var stale = first with { Status = PlanStatus.Proposed, UpdatedAt = Proposed.AddHours(2) };
        Assert.False(await store.SaveProposalAsync(stale, first.UpdatedAt, Ct));
        Assert.False(await store.SaveProposalAsync(stale, Proposed.AddHours(1).AddTicks(10), Ct));

        var stored = await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, Planned, Ct);
        AssertSame(edited, stored);
        Assert.Single(stored!.KeyResults);
    }

    [Fact]
    public async Task Of_saves_that_read_the_same_instant_and_run_at_once_exactly_one_is_written()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var first = Proposal(sample);
        Assert.True(await store.SaveProposalAsync(first, null, Ct));
        var saves = Enumerable.Range(1, 6)
            .Select(i => first with { ManagerComment = $"Save {i}", KeyResults = [.. first.KeyResults.Take(i % 4 + 1)], UpdatedAt = Proposed.AddMinutes(i) })
            .ToList();

        var results = await Task.WhenAll(saves.Select(p => Task.Run(() => store.SaveProposalAsync(p, first.UpdatedAt, Ct), Ct)));

        var winner = Assert.Single(saves.Where((_, i) => results[i]));
        AssertSame(winner, await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, Planned, Ct));
    }

    [Fact]
    public async Task A_save_that_expects_a_proposal_when_none_is_stored_is_refused()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);

        Assert.False(await store.SaveProposalAsync(Proposal(sample), Proposed, Ct));
        Assert.Null(await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, Planned, Ct));
    }

    [Fact]
    public async Task A_proposal_for_a_member_of_another_team_is_refused()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var other = await SampleData.WriteAsync(db.Database, "T02", Ct);
        var store = new ReviewStore(db.Database, db.Time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveProposalAsync(Proposal(sample) with { MemberId = other.Seller.Id }, null, Ct));
        Assert.Empty(await store.ProposalsAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct));
    }

    [Fact]
    public async Task Approving_writes_the_objectives_and_key_results_and_keeps_the_other_key_results_under_a_kept_objective()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var proposal = Proposal(sample);
        Assert.True(await store.SaveProposalAsync(proposal, null, Ct));
        var kept = await PlannedObjectiveAsync(store, sample, "grow-europe", "Kept KR of the manager");
        var approved = proposal with { Status = PlanStatus.Approved, DecidedByMemberId = sample.Manager.Id, ManagerComment = "Go", UpdatedAt = Proposed.AddDays(1) };
        var grow = Objective(sample, kept.Id, "grow-europe", "Grow Europe", KeyResultOf(sample, kept.Id, proposal.KeyResults[0]), KeyResultOf(sample, kept.Id, proposal.KeyResults[1]));
        var newId = Ids.New();
        var launch = Objective(sample, newId, "launch-japan", "Launch Japan", KeyResultOf(sample, newId, proposal.KeyResults[2]), KeyResultOf(sample, newId, proposal.KeyResults[3]));

        Assert.True(await store.ApproveProposalAsync(approved, [grow, launch], proposal.UpdatedAt, Ct));

        AssertSame(approved, await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, Planned, Ct));
        var objectives = await store.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct);
        Assert.Equal(["grow-europe", "launch-japan"], objectives.Select(o => o.Key));
        Assert.Equal(["kept", "accounts", "revenue"], objectives[0].KeyResults.Select(k => k.Key));
        Assert.Equal(["negative-reviews", "storefront"], objectives[1].KeyResults.Select(k => k.Key));
        Assert.Equal(launch.KeyResults.Select(k => (k.Unit, k.Start, k.Target, k.Basis, k.Market)), objectives[1].KeyResults.Select(k => (k.Unit, k.Start, k.Target, k.Basis, k.Market)));
        // Last quarter's OKRs are untouched.
        Assert.Equal(4, (await store.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct)).Single().KeyResults.Count);
    }

    [Fact]
    public async Task An_approval_of_a_proposal_changed_since_it_was_read_writes_no_objective_and_leaves_the_proposal()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var proposal = Proposal(sample);
        Assert.True(await store.SaveProposalAsync(proposal, null, Ct));
        var resubmitted = proposal with { UpdatedAt = Proposed.AddHours(1) };
        Assert.True(await store.SaveProposalAsync(resubmitted, proposal.UpdatedAt, Ct));
        var id = Ids.New();
        var objective = Objective(sample, id, "launch-japan", "Launch Japan", KeyResultOf(sample, id, proposal.KeyResults[0]));

        Assert.False(await store.ApproveProposalAsync(proposal with { Status = PlanStatus.Approved, UpdatedAt = Proposed.AddDays(1) }, [objective], proposal.UpdatedAt, Ct));

        Assert.Empty(await store.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct));
        AssertSame(resubmitted, await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, Planned, Ct));
    }

    [Fact]
    public async Task An_approval_that_fails_half_way_undoes_its_objectives_and_leaves_the_proposal_unapproved()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var proposal = Proposal(sample);
        Assert.True(await store.SaveProposalAsync(proposal, null, Ct));
        var firstId = Ids.New();
        var secondId = Ids.New();
        var first = Objective(sample, firstId, "launch-japan", "Launch Japan", KeyResultOf(sample, firstId, proposal.KeyResults[0]));
        // The second objective claims last quarter's key result by its id: the key results' upsert refuses to move it.
        var second = Objective(sample, secondId, "grow-korea", "Grow Korea", KeyResultOf(sample, secondId, proposal.KeyResults[1]) with { Id = sample.Objective.KeyResults[0].Id });

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.ApproveProposalAsync(proposal with { Status = PlanStatus.Approved, UpdatedAt = Proposed.AddDays(1) }, [first, second], proposal.UpdatedAt, Ct));

        Assert.Empty(await store.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct));
        AssertSame(proposal, await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, Planned, Ct));
    }

    [Fact]
    public async Task Of_two_approvals_at_once_that_create_an_objective_of_the_same_new_key_one_is_written_and_the_other_reports_a_conflict()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var sellers = Proposal(sample) with { KeyResults = [Proposal(sample).KeyResults[2]] };
        var managers = Proposal(sample) with { MemberId = sample.Manager.Id, KeyResults = [Proposal(sample).KeyResults[3]] };
        Assert.True(await store.SaveProposalAsync(sellers, null, Ct));
        Assert.True(await store.SaveProposalAsync(managers, null, Ct));
        // Each approval read the planned quarter before the other wrote: both create "launch-japan", under new ids.
        var approvals = new[] { sellers, managers }.Select(proposal =>
        {
            var id = Ids.New();
            var objective = Objective(sample, id, "launch-japan", "Launch Japan", KeyResultOf(sample, id, proposal.KeyResults[0]) with { OwnerMemberId = proposal.MemberId });
            var approved = proposal with { Status = PlanStatus.Approved, DecidedByMemberId = sample.Manager.Id, UpdatedAt = Proposed.AddDays(1) };
            return (Approved: approved, Objective: objective, Expected: proposal.UpdatedAt);
        }).ToList();

        var results = await Task.WhenAll(approvals.Select(a => Task.Run(() => store.ApproveProposalAsync(a.Approved, [a.Objective], a.Expected, Ct), Ct)));

        Assert.Equal(1, results.Count(approved => approved));
        var (winner, loser) = results[0] ? (approvals[0], approvals[1]) : (approvals[1], approvals[0]);
        var objective = Assert.Single(await store.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct));
        Assert.Equal(winner.Objective.Id, objective.Id);
        Assert.Equal(winner.Objective.KeyResults.Select(k => k.Id), objective.KeyResults.Select(k => k.Id));
        AssertSame(winner.Approved, await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, winner.Approved.MemberId, Planned, Ct));
        var unapproved = loser.Approved.MemberId == sellers.MemberId ? sellers : managers;
        AssertSame(unapproved, await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, loser.Approved.MemberId, Planned, Ct));
    }

    [Fact]
    public async Task An_approval_adding_a_key_result_whose_key_another_approval_took_under_the_objective_meanwhile_writes_nothing()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var proposal = Proposal(sample);
        Assert.True(await store.SaveProposalAsync(proposal, null, Ct));
        // The manager's approved key result "kept" was saved after this approval read the objective without it.
        var kept = await PlannedObjectiveAsync(store, sample, "grow-europe", "The manager's");
        var clashing = KeyResultOf(sample, kept.Id, proposal.KeyResults[0]) with { Key = "kept" };
        var grow = kept with { KeyResults = [clashing, KeyResultOf(sample, kept.Id, proposal.KeyResults[1])] };
        var id = Ids.New();
        var launch = Objective(sample, id, "launch-japan", "Launch Japan", KeyResultOf(sample, id, proposal.KeyResults[2]));

        Assert.False(await store.ApproveProposalAsync(proposal with { Status = PlanStatus.Approved, UpdatedAt = Proposed.AddDays(1) }, [launch, grow], proposal.UpdatedAt, Ct));

        var objective = Assert.Single(await store.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct));
        Assert.Equal(kept.KeyResults, objective.KeyResults);
        AssertSame(proposal, await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, Planned, Ct));
    }

    [Fact]
    public async Task Approving_again_the_objectives_and_key_results_it_saved_before_is_no_conflict()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var proposal = Proposal(sample);
        Assert.True(await store.SaveProposalAsync(proposal, null, Ct));
        var id = Ids.New();
        var launch = Objective(sample, id, "launch-japan", "Launch Japan", KeyResultOf(sample, id, proposal.KeyResults[2]), KeyResultOf(sample, id, proposal.KeyResults[3]));
        var approved = proposal with { Status = PlanStatus.Approved, UpdatedAt = Proposed.AddDays(1) };
        Assert.True(await store.ApproveProposalAsync(approved, [launch], proposal.UpdatedAt, Ct));
        // Sent back and resubmitted, then approved once more: the same ids under the same keys, one target raised.
        var resubmitted = proposal with { UpdatedAt = Proposed.AddDays(2) };
        Assert.True(await store.SaveProposalAsync(resubmitted, approved.UpdatedAt, Ct));
        var raised = launch with { KeyResults = [launch.KeyResults[0] with { Target = 0.1m }, launch.KeyResults[1]] };

        Assert.True(await store.ApproveProposalAsync(resubmitted with { Status = PlanStatus.Approved, UpdatedAt = Proposed.AddDays(3) }, [raised], resubmitted.UpdatedAt, Ct));

        var objective = Assert.Single(await store.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct));
        Assert.Equal([0.1m, 1m], objective.KeyResults.Select(k => k.Target));
    }

    [Fact]
    public async Task An_approval_carrying_another_teams_or_workspaces_rows_is_refused_before_anything_is_written()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var other = await SampleData.WriteAsync(db.Database, "T02", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var proposal = Proposal(sample);
        Assert.True(await store.SaveProposalAsync(proposal, null, Ct));
        var approved = proposal with { Status = PlanStatus.Approved, UpdatedAt = Proposed.AddDays(1) };
        var id = Ids.New();
        var ours = Objective(sample, id, "launch-japan", "Launch Japan", KeyResultOf(sample, id, proposal.KeyResults[0]));

        await Assert.ThrowsAsync<ArgumentException>(() => store.ApproveProposalAsync(approved, [ours with { TeamId = other.Team.Id }], proposal.UpdatedAt, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ApproveProposalAsync(approved, [ours with { WorkspaceId = other.Workspace.Id }], proposal.UpdatedAt, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.ApproveProposalAsync(approved, [ours with { KeyResults = [ours.KeyResults[0] with { WorkspaceId = other.Workspace.Id }] }], proposal.UpdatedAt, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ApproveProposalAsync(approved with { Status = PlanStatus.Proposed }, [ours], proposal.UpdatedAt, Ct));

        Assert.Empty(await store.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct));
        Assert.Empty(await store.ObjectivesAsync(other.Workspace.Id, other.Team.Id, Planned, Ct));
        AssertSame(proposal, await store.ProposalAsync(sample.Workspace.Id, sample.Team.Id, sample.Seller.Id, Planned, Ct));
    }

    [Fact]
    public async Task A_team_target_reads_back_exactly_and_a_second_one_replaces_it_for_that_team_only()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var other = await SampleData.WriteAsync(db.Database, "T02", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        Assert.Null(await store.TeamTargetAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct));
        var target = new TeamPlanTarget(sample.Workspace.Id, sample.Team.Id, Planned, "USD", 12_345_678.90m, sample.Manager.Id, Proposed);
        await store.SaveTeamTargetAsync(target, Ct);
        Assert.Equal(target, await store.TeamTargetAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct));

        var raised = target with { Currency = "CNY", Amount = 99_000_000.125m, SetAt = Proposed.AddDays(2) };
        await store.SaveTeamTargetAsync(raised, Ct);

        var read = await store.TeamTargetAsync(sample.Workspace.Id, sample.Team.Id, Planned, Ct);
        Assert.Equal(raised, read);
        Assert.Equal("99000000.125", read!.Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Null(await store.TeamTargetAsync(sample.Workspace.Id, sample.Team.Id, Planned.Next(), Ct));
        Assert.Null(await store.TeamTargetAsync(other.Workspace.Id, other.Team.Id, Planned, Ct));
        Assert.Null(await store.TeamTargetAsync(other.Workspace.Id, sample.Team.Id, Planned, Ct));
    }

    [Fact]
    public async Task Saved_exchange_rates_merge_into_the_teams_and_the_team_as_read_through_the_directory_carries_them()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var other = await SampleData.WriteAsync(db.Database, "T02", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        // Read once first, so the directory cache holds the team as it was.
        Assert.Equal(2, (await store.FindTeamAsync(sample.Workspace.Id, sample.Team.Id, Ct))!.ExchangeRates.Rates.Count);

        await store.SaveExchangeRatesAsync(
            sample.Workspace.Id,
            sample.Team.Id,
            [new ExchangeRate(SampleData.Quarter, "eur", 1.1m), new ExchangeRate(Planned, "EUR", 1.0912345678m), new ExchangeRate(Planned, "CNY", 0.1389m)],
            Ct);

        var team = await store.FindTeamAsync(sample.Workspace.Id, sample.Team.Id, Ct);
        Assert.Equal(
            [(SampleData.Quarter, "INR", 0.0119m), (SampleData.Quarter, "eur", 1.1m), (Planned, "CNY", 0.1389m), (Planned, "EUR", 1.0912345678m)],
            team!.ExchangeRates.Rates.Select(r => (r.Quarter, r.Currency, r.RateToReporting)).OrderBy(r => r.Quarter).ThenBy(r => r.Currency, StringComparer.Ordinal));
        Assert.Equal(110m, team.ExchangeRates.ToReporting(100m, "EUR", "USD", SampleData.Quarter));
        Assert.Equal(2, (await store.FindTeamAsync(other.Workspace.Id, other.Team.Id, Ct))!.ExchangeRates.Rates.Count);
    }

    [Fact]
    public async Task Exchange_rates_for_a_team_the_workspace_does_not_have_are_refused()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var other = await SampleData.WriteAsync(db.Database, "T02", Ct);
        var store = new ReviewStore(db.Database, db.Time);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.SaveExchangeRatesAsync(sample.Workspace.Id, other.Team.Id, [new ExchangeRate(Planned, "EUR", 2m)], Ct));

        Assert.Equal(2, (await store.FindTeamAsync(other.Workspace.Id, other.Team.Id, Ct))!.ExchangeRates.Rates.Count);
    }

    [Fact]
    public async Task A_teams_planning_prompt_defaults_to_after_the_retrospective_and_reads_back_as_saved()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        Assert.Equal(PlanningPrompt.AfterRetrospective, (await store.FindTeamAsync(sample.Workspace.Id, sample.Team.Id, Ct))!.PlanningPrompt);

        foreach (var prompt in new[] { PlanningPrompt.LastWeek, PlanningPrompt.Off, PlanningPrompt.AfterRetrospective })
        {
            var team = sample.Team with { PlanningPrompt = prompt };
            await using (var session = await db.Database.OpenSessionAsync(Ct))
            {
                await session.Teams.SaveAsync(team, Ct);
            }

            var read = await store.FindTeamAsync(sample.Workspace.Id, sample.Team.Id, Ct);
            Assert.Equal(prompt, read!.PlanningPrompt);
            Assert.True(read.SameAs(team));
        }
    }

    private static PlanProposal Proposal(SampleData sample) => new()
    {
        WorkspaceId = sample.Workspace.Id,
        TeamId = sample.Team.Id,
        MemberId = sample.Seller.Id,
        Quarter = Planned,
        Status = PlanStatus.Proposed,
        KeyResults =
        [
            // Out of position order on purpose: the list's own order is what reads back.
            ProposedKr("revenue", "grow-europe", "Grow Europe", KeyResultUnit.Currency("EUR"), 0m, 12_345_678.90m, 2) with
            {
                Market = "Europe",
                CarriedFromKeyResultId = sample.Objective.KeyResults[0].Id,
                Feed = new KeyResultFeed("gmv"),
            },
            ProposedKr("accounts", "grow-europe", "Grow Europe", KeyResultUnit.Count("经销商 accounts"), 3.50m, 10m, 0),
            ProposedKr("negative-reviews", "launch-japan", "打开日本市场", KeyResultUnit.Percentage, 4.5m, 0.125m, 1),
            ProposedKr("storefront", "launch-japan", "打开日本市场", KeyResultUnit.Milestone, 0m, 1m, 3),
        ],
        ProposedAt = Proposed,
        UpdatedAt = Proposed,
    };

    private static ProposedKeyResult ProposedKr(string key, string objectiveKey, string objectiveTitle, KeyResultUnit unit, decimal start, decimal target, int position) => new()
    {
        Key = key,
        ObjectiveKey = objectiveKey,
        ObjectiveTitle = objectiveTitle,
        Title = $"KR {key} 的目标",
        Unit = unit,
        Start = start,
        Target = target,
        Basis = $"Because {key}: last quarter's trend",
        Position = position,
    };

    private static async Task<Member> NewSellerAsync(TemporaryDatabase db, SampleData sample, string name)
    {
        var member = sample.Seller with { Id = Ids.New(), Name = name, Email = $"{name.Split(' ')[0].ToLowerInvariant()}@example.com", TeamsUserId = null };
        await using var session = await db.Database.OpenSessionAsync(Ct);
        await session.Teams.SaveMemberAsync(member, Ct);
        return member;
    }

    /// <summary>The planned quarter's objective as an earlier approval left it, with one key result of its own.</summary>
    private static async Task<Objective> PlannedObjectiveAsync(ReviewStore store, SampleData sample, string key, string keptTitle)
    {
        var id = Ids.New();
        var objective = Objective(sample, id, key, "Grow Europe", KeyResultOf(sample, id, ProposedKr("kept", key, "Grow Europe", KeyResultUnit.Percentage, 1m, 2m, 0)) with
        {
            Title = keptTitle,
            OwnerMemberId = sample.Manager.Id,
            Position = 0,
        });
        await store.SaveObjectiveAsync(objective, Ct);
        await store.SaveKeyResultAsync(objective.KeyResults[0], Ct);
        return objective;
    }

    private static Objective Objective(SampleData sample, string id, string key, string title, params KeyResult[] keyResults) => new()
    {
        Id = id,
        WorkspaceId = sample.Workspace.Id,
        TeamId = sample.Team.Id,
        Quarter = Planned,
        Key = key,
        Title = title,
        OwnerMemberId = null,
        Basis = "From the approved proposals",
        Position = 0,
        KeyResults = keyResults,
    };

    private static KeyResult KeyResultOf(SampleData sample, string objectiveId, ProposedKeyResult proposed) => new()
    {
        Id = Ids.New(),
        WorkspaceId = sample.Workspace.Id,
        ObjectiveId = objectiveId,
        Key = proposed.Key,
        Title = proposed.Title,
        OwnerMemberId = sample.Seller.Id,
        Unit = proposed.Unit,
        Start = proposed.Start,
        Target = proposed.Target,
        Weight = 1m,
        Basis = proposed.Basis,
        Market = proposed.Market,
        Position = proposed.Position + 1,
    };

    /// <summary>Equal field by field: a record compares its key result list by reference.</summary>
    private static void AssertSame(PlanProposal expected, PlanProposal? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.KeyResults, actual.KeyResults);
        Assert.Equal(expected, actual with { KeyResults = expected.KeyResults });
    }
}

public sealed class Plans_on_Sqlite : PlansContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class Plans_on_Postgres : PlansContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
