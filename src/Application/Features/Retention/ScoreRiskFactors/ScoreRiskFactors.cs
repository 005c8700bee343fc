using System.ComponentModel;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Retention;
using Mediator;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Application.Features.Retention.Common.RetentionText;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Retention.ScoreRiskFactors;

[Tool("score_risk_factors", Toolsets.Retention, Title = "Score risk factors")]
[Description("For one client: the six risk factors (usage_decline 0.25, low_engagement 0.20, support_volume 0.15, payment_health 0.15, "
    + "satisfaction 0.15, contract_health 0.10), each 0-100 (higher is riskier) with how it was derived from stored data, the weighted "
    + "overall risk score, early-warning indicators and protective factors. Stores the scores as risk indicators and notes them on the timeline.")]
public sealed record ScoreRiskFactors : ICommand<ScoreRiskFactorsResult>
{
    [Description("The client's id, e.g. cs_1764201600000_acme_corp.")]
    public required string ClientId { get; init; }

    [Description("Length of the current window in days, 7-180; usage decline compares it with the window of the same length before it. Default 30.")]
    public int DaysLookback { get; init; } = HealthScoringOptions.DefaultLookbackDays;
}

public sealed class ScoreRiskFactorsHandler(IAppDbContext db, HealthFactsLoader loader, HealthWeightSettings weights, TimeProvider time)
    : ICommandHandler<ScoreRiskFactors, ScoreRiskFactorsResult>
{
    public static readonly string OverallFormula = "overall = sum(score x weight) / sum(weight) over the factors with data, 1 decimal; "
        + RiskFactorModel.LevelRule;

    public async ValueTask<ScoreRiskFactorsResult> Handle(ScoreRiskFactors command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var clientId = command.ClientId;
        var risk = (await ChurnRiskEvaluation.EvaluateAsync(db.Clients.Where(c => c.ClientId == clientId), loader, weights.Weights, today,
            command.DaysLookback, cancellationToken)).SingleOrDefault() ?? throw NotFoundException.Client(clientId);
        var autoRenew = await db.Contracts.AsNoTracking().Where(c => c.ClientId == clientId && c.StartDate <= today)
            .OrderByDescending(c => c.RenewalDate).ThenByDescending(c => c.Id).Select(c => c.AutoRenew).FirstOrDefaultAsync(cancellationToken);

        var a = risk.Assessment;
        var facts = new RiskFactorFacts(risk.Facts.Inputs, risk.PreviousFacts.Inputs,
            a.Component(Domain.Health.HealthComponent.Usage).Score, a.Component(Domain.Health.HealthComponent.Engagement).Score,
            a.Component(Domain.Health.HealthComponent.Support).Score, a.Component(Domain.Health.HealthComponent.Satisfaction).Score,
            risk.Facts.Inputs.Payment?.PaymentStatus, risk.DaysUntilRenewal, autoRenew);
        var scored = RiskFactorModel.Score(facts);

        var assessment = new RiskFactorAssessment
        {
            ClientId = clientId,
            AssessedAt = now,
            LookbackDays = command.DaysLookback,
            OverallRiskScore = scored.OverallRiskScore,
            RiskLevel = scored.RiskLevel,
            Factors = scored.Factors.Select(f => new RiskFactorScore
            {
                ClientId = clientId, Factor = f.Factor, Score = f.Score, Weight = f.Weight, Derivation = f.Derivation, AssessedAt = now,
            }).ToList(),
        };
        db.RiskFactorAssessments.Add(assessment);
        db.ClientEvents.Add(ClientTimeline.RiskFactorsScored(clientId, scored, now));
        await db.SaveChangesAsync(cancellationToken);

        var warnings = scored.EarlyWarnings.Select(w => new WarningView("risk_factor", Code(w.Factor), w.Severity, w.Message))
            .Concat(a.Alerts.Select(al => new WarningView("health_alert", Code(al.Type), Code(al.Severity), al.Message)))
            .ToList();
        var probability = risk.Prediction.Probability;
        return new ScoreRiskFactorsResult(clientId, risk.Client.ClientName, now, command.DaysLookback, scored.OverallRiskScore, scored.RiskLevel, OverallFormula,
            a.Overall, probability, risk.Prediction.Basis,
            scored.Factors.Select(f => new FactorView(f.Factor, f.Score, f.Weight, f.Score is { } s ? Rounding.Amount(s * f.Weight) : null, f.Derivation)).ToList(),
            scored.RedistributionNote, warnings, scored.ProtectiveFactors,
            probability is { } p ? Interventions.For(risk.Prediction.Signals, p) : ["Record usage, engagement, tickets or surveys for this client: its health has no data to score."],
            assessment.Id);
    }
}
