using System.ComponentModel;
using System.Globalization;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;
using Mediator;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Application.Features.Retention.Common.RetentionText;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Retention.IdentifyChurnRisk;

[Tool("identify_churn_risk", Toolsets.Retention, Title = "Identify churn risk", Idempotent = false)]
[Description("Ranks live clients (or one) by churn probability: the health score's base plus trend signals against the previous window, "
    + "with risk factors and evidence, ARR at risk and interventions; the summary covers every client in scope. Stores the listed predictions.")]
public sealed record IdentifyChurnRisk : PortfolioScope, ICommand<IdentifyChurnRiskResult>
{
    [Description("Only this client, e.g. cs_1764201600000_acme_corp.")]
    public string? ClientId { get; init; }

    [Description("At risk from this churn probability, 0-1. Default 0.25.")]
    public decimal ChurnProbabilityThreshold { get; init; } = 0.25m;

    [Description("Also require health below this, 0-100.")]
    public int? HealthScoreThreshold { get; init; }

    [Description("Window in days, 7-180, compared with the one before. Default 30.")]
    public int DaysLookback { get; init; } = HealthScoringOptions.DefaultLookbackDays;

    [Description("Include each client's prediction (expected ARR loss, churn date). Default true.")]
    public bool IncludePredictions { get; init; } = true;

    [Description("Store the listed predictions. Default true.")]
    public bool PersistPredictions { get; init; } = true;

    [Description("Page size, 1-200. Default 20.")]
    public int Limit { get; init; } = 20;

    [Description("At-risk clients to skip. Default 0.")]
    public int Offset { get; init; }
}

public sealed class IdentifyChurnRiskHandler(IAppDbContext db, HealthFactsLoader loader, HealthWeightSettings weights, TimeProvider time)
    : ICommandHandler<IdentifyChurnRisk, IdentifyChurnRiskResult>
{
    public static readonly string ModelText = "churn_probability = clamp(base + uplifts, 0.05, 0.95); base = clamp((100 - health) / 100, 0.05, 0.95) from the health "
        + "score of the current window; uplifts: usage_decline 0.10 (active users down 20 %+) or 0.15 (40 %+), engagement_gap 0.05 (over 30 days) or 0.10 "
        + "(over 60 days or never), ticket_spike 0.05 (3+ tickets and at least twice the previous window), nps_drop 0.05 (20+ points), payment_problem "
        + "0.05 (late, payment_plan) or 0.10 (overdue, at_risk), renewal_proximity 0.05 (within 90 days with health below 70) or 0.10 (within 30 days), "
        + "health_decline 0.05 (more than 3 points down). "
        + string.Create(CultureInfo.InvariantCulture,
            $"Levels: low < {ChurnModel.MediumFrom:0.00} <= medium < {ChurnModel.HighFrom:0.00} <= high < {ChurnModel.CriticalFrom:0.00} <= critical. Model {ChurnSignals.ModelVersion}.");

    public async ValueTask<IdentifyChurnRiskResult> Handle(IdentifyChurnRisk command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        if (command.ClientId is { } id && !await db.ClientExistsAsync(id, cancellationToken))
            throw NotFoundException.Client(id);

        var clients = db.Clients.Live().InScope(command, today);
        if (command.ClientId is { } clientId)
            clients = clients.Where(c => c.ClientId == clientId);
        var evaluated = await ChurnRiskEvaluation.EvaluateAsync(clients, loader, weights.Weights, today, command.DaysLookback, cancellationToken);
        var atRisk = evaluated
            .Where(r => r.Prediction.Probability >= command.ChurnProbabilityThreshold
                && (command.HealthScoreThreshold is not { } below || r.Health < below))
            .OrderByDescending(r => r.Prediction.Probability).ThenByDescending(r => r.Client.ContractValue).ThenBy(r => r.Client.ClientId, StringComparer.Ordinal)
            .ToList();

        var pageRisks = atRisk.Skip(command.Offset).Take(command.Limit).ToList();
        var (page, truncated) = ResultBudget.Take(pageRisks.Select(r => View(r, command.IncludePredictions)).ToList());
        var stored = command.PersistPredictions ? await PersistAsync(pageRisks.Take(page.Count).ToList(), now, cancellationToken) : 0;

        var window = HealthWindow.EndingOn(today, command.DaysLookback);
        var previous = HealthWindow.EndingOn(today.AddDays(-command.DaysLookback), command.DaysLookback);
        var views = atRisk.Select(r => (Risk: r, Probability: r.Prediction.Probability!.Value)).ToList();
        var summary = new ChurnRiskSummary(
            evaluated.Count,
            evaluated.Count(r => r.Prediction.Probability is null),
            atRisk.Count,
            evaluated.Count == 0 ? 0m : Rounding.Percent(100m * atRisk.Count / evaluated.Count),
            atRisk.Sum(r => r.Client.ContractValue),
            views.Sum(v => ExpectedLoss(v.Risk.Client.ContractValue, v.Probability)),
            Enum.GetValues<RiskLevel>().ToDictionary(Code, l => atRisk.Count(r => r.Prediction.Level == l)),
            Enum.GetValues<ClientTier>().ToDictionary(Code, t => atRisk.Count(r => r.Client.Tier == t)),
            atRisk.SelectMany(r => r.Prediction.Signals).GroupBy(s => s.Code).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));

        return new IdentifyChurnRiskResult(page, Page.Of(atRisk.Count, command.Limit, command.Offset, page.Count, truncated), summary,
            new ChurnRiskFilters(command.ClientId, AppliedScope.Of(command), command.ChurnProbabilityThreshold, command.HealthScoreThreshold),
            new AnalysisWindow(window.Start, window.End, previous.Start, previous.End, command.DaysLookback),
            stored, ModelText);
    }

    public static decimal ExpectedLoss(decimal arr, decimal probability) => Rounding.Amount(arr * probability);

    public static AtRiskClient View(ClientChurnRisk r, bool includePrediction = true)
    {
        var p = r.Prediction;
        var probability = p.Probability!.Value;
        var factors = p.Signals.Select(s => new RiskFactorEvidence(s.Code, "churn_signal", s.Severity, s.Uplift, s.Evidence))
            .Concat(r.Assessment.RiskIndicators.Select(i => new RiskFactorEvidence(Code(i.Type), "health_indicator", Code(i.Severity), 0m, i.Message)))
            .ToList();
        return new AtRiskClient(r.Client.ClientId, r.Client.ClientName, r.Client.Tier, r.Client.LifecycleStage, r.Client.CsmAssigned,
            r.Health!.Value, r.PreviousHealth, probability, p.Level!.Value, p.BaseProbability!.Value, p.Basis,
            r.Client.ContractValue, r.Client.RenewalDate, r.DaysUntilRenewal,
            includePrediction ? new ChurnForecast(ExpectedLoss(r.Client.ContractValue, probability), probability >= Interventions.CampaignFrom ? r.Client.RenewalDate : null) : null,
            factors, Interventions.For(p.Signals, probability));
    }

    private async Task<int> PersistAsync(List<ClientChurnRisk> risks, DateTime now, CancellationToken cancellationToken)
    {
        if (risks.Count == 0)
            return 0;
        var ids = risks.Select(r => r.Client.ClientId).ToList();
        var lastLevels = await db.ChurnPredictions.AsNoTracking().Where(p => ids.Contains(p.ClientId))
            .GroupBy(p => p.ClientId)
            .Select(g => g.OrderByDescending(p => p.PredictedAt).ThenByDescending(p => p.Id).Select(p => new { p.ClientId, p.RiskLevel }).First())
            .ToDictionaryAsync(p => p.ClientId, p => p.RiskLevel, StringComparer.Ordinal, cancellationToken);

        foreach (var risk in risks)
        {
            var prediction = Prediction(risk, now);
            db.ChurnPredictions.Add(prediction);
            var before = lastLevels.TryGetValue(risk.Client.ClientId, out var level) ? level : (RiskLevel?)null;
            if (before != prediction.RiskLevel)
                db.ClientEvents.Add(ClientTimeline.ChurnRiskLevelChanged(prediction, before, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return risks.Count;
    }

    public static ChurnPrediction Prediction(ClientChurnRisk risk, DateTime now)
    {
        var inputs = risk.Facts.ToSnapshotInputs();
        inputs["health_score"] = Number(risk.Health!.Value);
        inputs["previous_health_score"] = risk.PreviousHealth is { } before ? Number(before) : string.Empty;
        inputs["previous_window_end"] = Iso(risk.PreviousFacts.Basis.WindowEnd);
        inputs["previous_average_active_users"] = risk.PreviousFacts.Inputs.Usage is { } usage ? Number(usage.AverageActiveUsers) : string.Empty;
        inputs["previous_support_tickets"] = Number(risk.PreviousFacts.Basis.SupportTickets);
        inputs["previous_nps"] = ChurnSignals.Nps(risk.PreviousFacts.Inputs.Satisfaction) is { } nps ? Number(nps) : string.Empty;
        inputs["renewal_date"] = Iso(risk.Client.RenewalDate);
        inputs["client_days_until_renewal"] = Number(risk.DaysUntilRenewal);
        inputs["probability_basis"] = risk.Prediction.Basis;
        return new ChurnPrediction
        {
            ClientId = risk.Client.ClientId,
            PredictedAt = now,
            Probability = risk.Prediction.Probability!.Value,
            BaseProbability = risk.Prediction.BaseProbability!.Value,
            RiskLevel = risk.Prediction.Level!.Value,
            HealthScore = risk.Health,
            ArrAtRisk = ExpectedLoss(risk.Client.ContractValue, risk.Prediction.Probability.Value),
            ModelVersion = ChurnSignals.ModelVersion,
            Signals = risk.Prediction.Signals.Select(s => s.Code).ToList(),
            Inputs = inputs,
        };
    }
}
