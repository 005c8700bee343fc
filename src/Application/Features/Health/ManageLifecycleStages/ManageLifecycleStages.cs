using System.ComponentModel;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Health;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Revenue;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Lifecycle;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.ManageLifecycleStages;

[Tool("manage_lifecycle_stages", Toolsets.Health, Title = "Manage lifecycle stages", Idempotent = true)]
[Description("Report (no target_stage): stage distribution, average durations, transitions from the stored stage history, clients "
    + "whose data triggers at_risk, expansion or renewal, playbooks. Move (client_id, target_stage, reason): if allowed, records history "
    + "and a timeline event; else names the allowed targets. Same stage: no change.")]
public sealed record ManageLifecycleStages : PortfolioScope, ICommand<ManageLifecycleStagesResult>, IPagedRequest
{
    [Description("The client to move, or the only one to report on.")]
    public string? ClientId { get; init; }

    [Description("Move the client to this stage.")]
    [OneOf<LifecycleStage>]
    public string? TargetStage { get; init; }

    [Description("Report: only clients in it. Move: the client must be in it, else no change.")]
    [OneOf<LifecycleStage>]
    public string? CurrentStage { get; init; }

    [Description("Why, 1-500 chars; required to move; stored.")]
    public string? Reason { get; init; }

    [Description("Who moves it, <=200 chars. Default mcp.")]
    public string? ChangedBy { get; init; }

    [Description("Report: transition counts. Default true.")]
    public bool IncludeTransitions { get; init; } = true;

    [Description("Report: stage playbooks (stated policy). Default true.")]
    public bool InterventionPlanning { get; init; } = true;

    [Description("Report: alert rules and clients matching now. Default true.")]
    public bool AutomationRules { get; init; } = true;

    [Description("Report: candidate list page size, 1-1000, default 50.")]
    public int Limit { get; init; } = 50;

    [Description(Paging.OffsetText)]
    public int Offset { get; init; }
}

public sealed class ManageLifecycleStagesHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<ManageLifecycleStages, ManageLifecycleStagesResult>
{
    public const string DefaultActor = "mcp";
    public const int AtRiskHealth = HealthBands.AtRiskBelow;
    public const int ExpansionHealth = 85;
    public const int RenewalWindowDays = 180;
    public const int RecentDays = 90;

    private static readonly PaymentStatus[] PaymentIssues = [PaymentStatus.Late, PaymentStatus.Overdue, PaymentStatus.AtRisk];

    public async ValueTask<ManageLifecycleStagesResult> Handle(ManageLifecycleStages command, CancellationToken cancellationToken)
    {
        if (command.TargetStage is not null)
            return new ManageLifecycleStagesResult("move", await MoveAsync(command, cancellationToken), null);
        if (command.ClientId is not null && !await db.ClientExistsAsync(command.ClientId, cancellationToken))
            throw NotFoundException.Client(command.ClientId);
        return new ManageLifecycleStagesResult("report", null, await ReportAsync(command, cancellationToken));
    }

    private async Task<StageMove> MoveAsync(ManageLifecycleStages command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var client = await db.GetClientAsync(command.ClientId!, cancellationToken);
        var from = client.LifecycleStage;
        var to = EnumCodes<LifecycleStage>.Parse(command.TargetStage!);
        if (command.CurrentStage is { } expected && EnumCodes<LifecycleStage>.Parse(expected) != from)
        {
            throw new ConflictException($"{client.ClientId} is in {EnumCodes<LifecycleStage>.ToCode(from)}, not {EnumCodes<LifecycleStage>.ToCode(EnumCodes<LifecycleStage>.Parse(expected))} "
                + "as current_stage says, so it was not moved. Check the stage and call again with the right current_stage, or without it.");
        }

        var fromCode = EnumCodes<LifecycleStage>.ToCode(from);
        var toCode = EnumCodes<LifecycleStage>.ToCode(to);
        if (from == to)
        {
            return new StageMove(client.ClientId, from, to, false, $"{client.ClientId} is already in {toCode}; nothing changed.", null, null, null,
                client.Status, null, LifecycleTransitions.AllowedFrom(from));
        }

        if (!LifecycleTransitions.IsAllowed(from, to))
        {
            var allowed = string.Join(", ", LifecycleTransitions.AllowedFrom(from).Select(EnumCodes<LifecycleStage>.ToCode));
            throw new ConflictException($"Cannot move {client.ClientId} from {fromCode} to {toCode}: that transition is not allowed. "
                + $"Allowed targets from {fromCode}: {allowed}. Call manage_lifecycle_stages again with one of them.");
        }

        var reason = command.Reason!.Trim();
        var actor = command.ChangedBy?.Trim() ?? DefaultActor;
        var previousStatus = client.Status;
        var arrBefore = ArrChange.ArrOf(client);
        client.LifecycleStage = to;
        if (to == LifecycleStage.Churned)
            client.Status = AccountStatus.Churned;
        else if (LifecycleTransitions.IsReactivation(from, to))
            client.Status = AccountStatus.Active;
        client.UpdatedAt = now;
        db.LifecycleStageChanges.Add(new LifecycleStageChange { ClientId = client.ClientId, FromStage = from, ToStage = to, ChangedAt = now, Reason = reason, ChangedBy = actor });
        var stageEvent = ClientTimeline.StageChanged(client.ClientId, from, to, reason, actor, now, (previousStatus, client.Status));
        db.ClientEvents.Add(stageEvent);
        if (ArrChange.ForClient(client, arrBefore, DateOnly.FromDateTime(now), now) is { } arr)
            db.ArrChanges.Add(arr);
        await db.SaveChangesAsync(cancellationToken);

        return new StageMove(client.ClientId, from, to, true, $"Moved {client.ClientId} from {fromCode} to {toCode}.", now, reason, actor,
            client.Status, stageEvent.EventId, LifecycleTransitions.AllowedFrom(to));
    }

    private async Task<LifecycleReport> ReportAsync(ManageLifecycleStages command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = time.Today();
        var filtered = db.Clients.AsNoTracking().InScope(command, today).OfClient(command.ClientId);
        if (command.CurrentStage is { } current)
        {
            var stage = EnumCodes<LifecycleStage>.Parse(current);
            filtered = filtered.Where(c => c.LifecycleStage == stage);
        }

        var clients = await filtered.LoadFactsAsync(cancellationToken);
        var history = await db.LifecycleStageChanges.AsNoTracking()
            .Join(filtered, h => h.ClientId, c => c.ClientId, (h, c) => new { h.Id, h.ClientId, h.FromStage, h.ToStage, h.ChangedAt, h.Reason, h.ChangedBy })
            .ToListAsync(cancellationToken);
        var payment = (await db.Contracts.AsNoTracking()
                .Where(k => k.Status == ContractStatus.Active)
                .Join(filtered, k => k.ClientId, c => c.ClientId, (k, c) => new { k.ClientId, k.StartDate, k.PaymentStatus })
                .ToListAsync(cancellationToken))
            .GroupBy(k => k.ClientId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(k => k.StartDate)!.PaymentStatus, StringComparer.Ordinal);

        var stays = new List<(LifecycleStage Stage, int Days, bool Current)>();
        foreach (var perClient in history.GroupBy(h => h.ClientId, StringComparer.Ordinal))
        {
            var ordered = perClient.OrderBy(h => h.ChangedAt).ThenBy(h => h.Id).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var end = i + 1 < ordered.Count ? ordered[i + 1].ChangedAt : now;
                stays.Add((ordered[i].ToStage, (int)Math.Floor((end - ordered[i].ChangedAt).TotalDays), i + 1 == ordered.Count));
            }
        }

        var stages = Enum.GetValues<LifecycleStage>();
        var recent = now.AddDays(-RecentDays);
        var transitions = history.Where(h => h.FromStage is not null)
            .GroupBy(h => (From: h.FromStage!.Value, h.ToStage))
            .OrderBy(g => g.Key.From).ThenBy(g => g.Key.ToStage)
            .Select(g => new TransitionCount(g.Key.From, g.Key.ToStage, g.Count(), g.Count(h => h.ChangedAt >= recent)))
            .ToList();

        var atRisk = clients.Where(c => c.LifecycleStage is not LifecycleStage.AtRisk and not LifecycleStage.Churned)
            .Select(c => Candidate(c, LifecycleStage.AtRisk, AtRiskTriggers(c, payment))).Where(c => c.Triggers.Count > 0);
        var expansion = clients.Where(c => c.LifecycleStage is LifecycleStage.Active or LifecycleStage.Renewal && c.HealthScore >= ExpansionHealth
                && !(payment.TryGetValue(c.ClientId, out var p) && PaymentIssues.Contains(p)))
            .Select(c => Candidate(c, LifecycleStage.Expansion, [$"health_score_above_{ExpansionHealth}: stored health {c.HealthScore}"]));
        var renewal = clients.Where(c => c.LifecycleStage is LifecycleStage.Active or LifecycleStage.Expansion
                && c.DaysUntil(today) is >= 0 and <= RenewalWindowDays)
            .Select(c => Candidate(c, LifecycleStage.Renewal, [$"contract_within_{RenewalWindowDays}_days: renewal on {c.RenewalDate:yyyy-MM-dd}, in {c.DaysUntil(today)} days"]));

        var clientHistory = command.ClientId is null ? null
            : history.OrderBy(h => h.ChangedAt).ThenBy(h => h.Id).Select(h => new StageHistoryEntry(h.FromStage, h.ToStage, h.ChangedAt, h.Reason, h.ChangedBy)).ToList();
        return new LifecycleReport(
            now,
            AppliedScope.Of(command),
            command.ClientId,
            clients.Count,
            stages.ToDictionary(EnumCodes<LifecycleStage>.ToCode, s => clients.Count(c => c.LifecycleStage == s)),
            stages.ToDictionary(EnumCodes<LifecycleStage>.ToCode, s => clients.Where(c => c.LifecycleStage == s).Sum(c => c.Arr)),
            stages.ToDictionary(EnumCodes<LifecycleStage>.ToCode, s => Duration(stays.Where(x => x.Stage == s).ToList())),
            command.IncludeTransitions ? transitions : null,
            stages.ToDictionary(EnumCodes<LifecycleStage>.ToCode, LifecycleTransitions.AllowedFrom),
            List(atRisk, command),
            List(expansion, command),
            List(renewal, command),
            command.InterventionPlanning ? LifecyclePlaybooks.All : null,
            command.AutomationRules ? Workflows(clients, today) : null,
            clientHistory,
            Rules,
            Notes(clients, history.Count));
    }

    private static readonly IReadOnlyList<string> Rules =
    [
        $"at_risk candidate: stage onboarding, active, expansion or renewal and health_score_below_{AtRiskHealth} (stored health < {AtRiskHealth}) "
            + "or payment_issues (payment_status late, overdue or at_risk on the client's current active contract).",
        $"expansion candidate: stage active or renewal, stored health >= {ExpansionHealth}, no payment issue.",
        $"renewal candidate: stage active or expansion, renewal date within the next {RenewalWindowDays} days.",
        "stage duration: days between a client's consecutive stage changes (completed stays) and from the latest change to now (current stays).",
        $"transitions: every recorded move between two stages; in_last_{RecentDays}_days counts those of the last {RecentDays} days.",
        "allowed transitions: the table in allowed_transitions; churned is terminal except reactivation to onboarding.",
    ];

    public const int RenewalAtRiskDays = 60;
    public const int RenewalAtRiskHealth = 70;

    /// <summary>The reference's automated workflows (section 1.3.5) as stated rules, each with the clients in scope it matches now.</summary>
    private static List<AutomationRule> Workflows(List<ClientFacts> clients, DateOnly today)
    {
        var open = clients.Where(c => c.LifecycleStage != LifecycleStage.Churned).ToList();
        AutomationRule Rule(string name, string trigger, string action, Func<ClientFacts, bool> matches)
        {
            var matched = open.Where(matches).ToList();
            return new(name, trigger, action, matched.Count, matched.Sum(c => c.Arr));
        }

        return
        [
            Rule("At-Risk Alert", $"stored health < {AtRiskHealth}", "alert the CSM and start the at_risk playbook", c => c.HealthScore < AtRiskHealth),
            Rule("Renewal at Risk", $"renewal within {RenewalAtRiskDays} days and stored health < {RenewalAtRiskHealth}", "escalate to the CS lead",
                c => c.DaysUntil(today) is >= 0 and <= RenewalAtRiskDays && c.HealthScore < RenewalAtRiskHealth),
            Rule("Renewal Countdown", $"renewal within {RenewalWindowDays} days", "start the renewal playbook", c => c.DaysUntil(today) is >= 0 and <= RenewalWindowDays),
        ];
    }

    private static List<string> AtRiskTriggers(ClientFacts c, Dictionary<string, PaymentStatus> payment)
    {
        var triggers = new List<string>();
        if (c.HealthScore < AtRiskHealth)
            triggers.Add($"health_score_below_{AtRiskHealth}: stored health {c.HealthScore}");
        if (payment.TryGetValue(c.ClientId, out var status) && PaymentIssues.Contains(status))
            triggers.Add($"payment_issues: current contract payment_status {EnumCodes<PaymentStatus>.ToCode(status)}");
        return triggers;
    }

    private static StageCandidate Candidate(ClientFacts c, LifecycleStage suggested, IReadOnlyList<string> triggers) =>
        new(c.ClientId, c.ClientName, c.LifecycleStage, suggested, c.Arr, c.HealthScore, triggers);

    private static CandidateList List(IEnumerable<StageCandidate> candidates, ManageLifecycleStages command)
    {
        var all = candidates.OrderByDescending(c => c.Triggers.Count).ThenByDescending(c => c.ContractValue).ThenBy(c => c.ClientId, StringComparer.Ordinal).ToList();
        var (page, truncated) = ResultBudget.Take(all.Skip(command.Offset).Take(command.Limit).ToList());
        return new CandidateList(all.Count, page, Page.Of(all.Count, command.Limit, command.Offset, page.Count, truncated));
    }

    private static StageDuration Duration(List<(LifecycleStage Stage, int Days, bool Current)> stays)
    {
        var completed = stays.Where(s => !s.Current).Select(s => s.Days).Order().ToList();
        var current = stays.Where(s => s.Current).Select(s => s.Days).ToList();
        return new StageDuration(completed.Count, Stats.Average(completed), Stats.Median(completed), current.Count, Stats.Average(current));
    }

    private static List<string> Notes(List<ClientFacts> clients, int historyRows)
    {
        var notes = new List<string>();
        if (historyRows == 0 && clients.Count > 0)
            notes.Add("No stage history is recorded for these clients, so stage durations and transitions are empty.");
        var unscored = clients.Count(c => c.HealthScore is null);
        if (unscored > 0)
            notes.Add($"{unscored} of {clients.Count} clients have no stored health score; health triggers cannot fire for them. Run calculate_health_score to score them.");
        return notes;
    }
}

internal static class ClientFactsDates
{
    public static int DaysUntil(this ClientFacts client, DateOnly today) => client.RenewalDate.DayNumber - today.DayNumber;
}
