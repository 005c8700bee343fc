using System.ComponentModel;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;
using Mediator;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Application.Features.Retention.Common.RetentionText;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Retention.AnalyzeChurnPostmortem;

[Tool("analyze_churn_postmortem", Toolsets.Retention, Title = "Analyze churn post-mortem", Idempotent = true)]
[Description("For a churned client: the health trajectory over the 180 days before the churn, the warning signs that preceded it and how many "
    + "days before the churn each became visible, lost ARR, lifetime value (ARR x tenure months / 12) and ranked contributing factors; "
    + "records the churn reason when given. Without client_id: every churn in the period with lost ARR by reason.")]
public sealed record AnalyzeChurnPostmortem : ICommand<AnalyzeChurnPostmortemResult>
{
    [Description("The churned client, e.g. cs_1764201600000_acme_corp. Omit for the portfolio view over the period.")]
    public string? ClientId { get; init; }

    [Description("YYYY-MM-DD the client churned. Default: the recorded churn date, else the day its lifecycle stage moved to churned.")]
    public DateOnly? ChurnDate { get; init; }

    [Description("Record why the client left.")]
    [OneOf<ChurnReason>]
    public string? ChurnReason { get; init; }

    [Description("Free-text detail for the recorded reason, at most 2000 characters.")]
    public string? ChurnDetails { get; init; }

    [Description("Portfolio view: first day, YYYY-MM-DD. Default 365 days before period_end.")]
    public DateOnly? PeriodStart { get; init; }

    [Description("Portfolio view: last day, YYYY-MM-DD. Default today.")]
    public DateOnly? PeriodEnd { get; init; }
}

public sealed class AnalyzeChurnPostmortemHandler(IAppDbContext db, HealthFactsLoader loader, HealthWeightSettings weights, TimeProvider time)
    : ICommandHandler<AnalyzeChurnPostmortem, AnalyzeChurnPostmortemResult>
{
    public const int CheckpointDays = 30;
    public const int Checkpoints = 7;
    public const int PortfolioListLimit = 100;

    public async ValueTask<AnalyzeChurnPostmortemResult> Handle(AnalyzeChurnPostmortem command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (command.ClientId is null)
            return await PortfolioAsync(command, DateOnly.FromDateTime(now), cancellationToken);
        return await ClientAsync(command, now, cancellationToken);
    }

    private async Task<AnalyzeChurnPostmortemResult> ClientAsync(AnalyzeChurnPostmortem command, DateTime now, CancellationToken cancellationToken)
    {
        var client = await db.GetClientAsync(command.ClientId!, cancellationToken);
        var record = await db.ChurnRecords.SingleOrDefaultAsync(r => r.ClientId == client.ClientId, cancellationToken);
        var churnedAt = await db.LifecycleStageChanges.AsNoTracking().Where(c => c.ClientId == client.ClientId && c.ToStage == LifecycleStage.Churned)
            .OrderByDescending(c => c.ChangedAt).Select(c => (DateTime?)c.ChangedAt).FirstOrDefaultAsync(cancellationToken);
        var churned = client.Status == AccountStatus.Churned || client.LifecycleStage == LifecycleStage.Churned || record is not null;
        if (!churned)
            throw new ConflictException($"{client.ClientName} ({client.ClientId}) has not churned (status {Code(client.Status)}, stage {Code(client.LifecycleStage)}). "
                + "Set its status to churned with update_client_info first, or use identify_churn_risk for a live client.");

        var (churnDate, source) = command.ChurnDate is { } given ? (given, "argument")
            : record is not null ? (record.ChurnedOn, "churn_record")
            : churnedAt is { } at ? (DateOnly.FromDateTime(at), "lifecycle_change")
            : throw new ValidationException("churn_date", $"'churn_date' is required: no churn date is recorded for {client.ClientId}. Give the day it churned (YYYY-MM-DD).");

        var firstStart = await db.Contracts.AsNoTracking().Where(c => c.ClientId == client.ClientId).OrderBy(c => c.StartDate)
            .Select(c => (DateOnly?)c.StartDate).FirstOrDefaultAsync(cancellationToken) ?? client.ContractStartDate;
        var lostArr = record?.LostArr ?? client.ContractValue;
        var tenure = Math.Max(0, MonthsBetween(firstStart, churnDate));

        var recorded = false;
        if (command.ChurnReason is not null)
        {
            record = Record(client, record, churnDate, EnumCodes<ChurnReason>.Parse(command.ChurnReason), command.ChurnDetails?.Trim(), now);
            recorded = true;
            await db.SaveChangesAsync(cancellationToken);
        }

        var points = new List<(HealthCheckpoint Checkpoint, HealthAssessment Assessment)>(Checkpoints);
        for (var i = Checkpoints - 1; i >= 0; i--)
        {
            var day = churnDate.AddDays(-i * CheckpointDays);
            var facts = await loader.LoadAsync(client.ClientId, HealthWindow.EndingOn(day, CheckpointDays), cancellationToken);
            var assessment = HealthEngine.Assess(facts!.Inputs, weights.Weights, null);
            points.Add((new HealthCheckpoint(day, i * CheckpointDays, assessment.Overall, assessment.Component(HealthComponent.Support).Score, facts.Inputs), assessment));
        }

        var signs = PostmortemSignals.Find(points.Select(p => p.Checkpoint).ToList());
        var atChurn = points[^1].Assessment;
        var factors = new List<ContributingFactor>();
        if (record is not null)
            factors.Add(new ContributingFactor(1, Code(record.Reason), "recorded_reason", null, record.Details ?? "recorded churn reason"));
        foreach (var component in atChurn.Components.Where(c => c.Score is not null && c.Score < 100m)
                     .OrderByDescending(c => (100m - c.Score!.Value) * c.AppliedWeight).ThenBy(c => c.Component))
        {
            factors.Add(new ContributingFactor(factors.Count + 1, Code(component.Component), "health_component",
                Rounding.Amount((100m - component.Score!.Value) * component.AppliedWeight), component.Explanation));
        }

        var ltv = Rounding.Amount(lostArr * tenure / 12m);
        var view = new ClientPostmortem(client.ClientId, client.ClientName, churnDate, source, lostArr, firstStart, tenure, ltv,
            points.Select(p => Point(p.Checkpoint, p.Assessment)).ToList(), signs, factors,
            record is null ? null : new ChurnRecordView(record.ChurnedOn, record.Reason, record.Details, record.LostArr, record.RecordedAt), recorded);
        var earliest = signs.Count == 0 ? "no warning sign held until the churn" : $"the earliest sign, {signs[0].Code}, was visible {signs[0].DaysBeforeChurn} days before it";
        return new AnalyzeChurnPostmortemResult("client", view, null,
            $"{client.ClientName} churned on {Iso(churnDate)} after {tenure} months, losing {Money.Usd(lostArr)} ARR (lifetime value {Money.Usd(ltv)}); {earliest}.");
    }

    private ChurnRecord Record(Client client, ChurnRecord? record, DateOnly churnDate, ChurnReason reason, string? details, DateTime now)
    {
        var previous = record?.Reason;
        if (record is null)
        {
            record = new ChurnRecord { ClientId = client.ClientId, LostArr = client.ContractValue };
            db.ChurnRecords.Add(record);
        }

        record.ChurnedOn = churnDate;
        record.Reason = reason;
        record.Details = details;
        record.RecordedAt = now;
        db.ClientEvents.Add(ClientTimeline.ChurnReasonRecorded(client.ClientId, churnDate, reason, details, previous, record.LostArr, now));
        return record;
    }

    private async Task<AnalyzeChurnPostmortemResult> PortfolioAsync(AnalyzeChurnPostmortem query, DateOnly today, CancellationToken cancellationToken)
    {
        var end = query.PeriodEnd ?? today;
        var start = query.PeriodStart ?? end.AddDays(-365);
        var records = await db.ChurnRecords.AsNoTracking().ToDictionaryAsync(r => r.ClientId, StringComparer.Ordinal, cancellationToken);
        var churnedClients = await db.Clients.AsNoTracking()
            .Where(c => c.Status == AccountStatus.Churned || c.LifecycleStage == LifecycleStage.Churned || db.ChurnRecords.Any(r => r.ClientId == c.ClientId))
            .Select(c => new { c.ClientId, c.ClientName, c.ContractValue })
            .ToListAsync(cancellationToken);
        var moves = (await db.LifecycleStageChanges.AsNoTracking().Where(c => c.ToStage == LifecycleStage.Churned)
                .Select(c => new { c.ClientId, c.ChangedAt }).ToListAsync(cancellationToken))
            .GroupBy(c => c.ClientId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => DateOnly.FromDateTime(g.Max(c => c.ChangedAt)), StringComparer.Ordinal);

        var churns = churnedClients
            .Select(c => records.TryGetValue(c.ClientId, out var r)
                ? new ChurnedClient(c.ClientId, c.ClientName, r.ChurnedOn, Code(r.Reason), r.LostArr)
                : moves.TryGetValue(c.ClientId, out var on) ? new ChurnedClient(c.ClientId, c.ClientName, on, "unrecorded", c.ContractValue) : null)
            .OfType<ChurnedClient>()
            .Where(c => c.ChurnDate >= start && c.ChurnDate <= end)
            .OrderByDescending(c => c.ChurnDate).ThenBy(c => c.ClientId, StringComparer.Ordinal)
            .ToList();
        var lost = churns.Sum(c => c.LostArr);
        var byReason = churns.GroupBy(c => c.Reason, StringComparer.Ordinal)
            .Select(g => new ReasonTotal(g.Key, g.Count(), g.Sum(c => c.LostArr), lost == 0 ? 0m : Rounding.Percent(100m * g.Sum(c => c.LostArr) / lost)))
            .OrderByDescending(r => r.LostArr).ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();
        var portfolio = new PortfolioChurn(start, end, churns.Count, lost, byReason, churns.Take(PortfolioListLimit).ToList(), churns.Count > PortfolioListLimit);
        return new AnalyzeChurnPostmortemResult("portfolio", null, portfolio,
            $"{churns.Count} client(s) churned from {Iso(start)} to {Iso(end)}, losing {Money.Usd(lost)} ARR"
            + (byReason.Count == 0 ? "." : $"; the largest reason by lost ARR is {byReason[0].Reason}.")
            + (portfolio.Truncated ? $" The list shows the {PortfolioListLimit} most recent; narrow the period for the rest." : string.Empty));
    }

    private static TrajectoryPoint Point(HealthCheckpoint c, HealthAssessment a) => new(c.Date, c.DaysBeforeChurn, a.Overall,
        a.Component(HealthComponent.Usage).Score, a.Component(HealthComponent.Engagement).Score, a.Component(HealthComponent.Support).Score,
        a.Component(HealthComponent.Satisfaction).Score, a.Component(HealthComponent.Payment).Score);

    private static int MonthsBetween(DateOnly from, DateOnly to) =>
        (to.Year - from.Year) * 12 + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
}
