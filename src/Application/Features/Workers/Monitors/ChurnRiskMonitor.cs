using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Workers;

namespace CsMcp.Application.Features.Workers.Monitors;

/// <summary>
/// churn_risk_monitor: the churn scan of identify_churn_risk (health of the last 30 days, live clients); a client below
/// health_score_threshold is at risk, below <see cref="HealthBands.CriticalAlertBelow"/> critical when alert_on_critical.
/// </summary>
public sealed class ChurnRiskMonitor(IAppDbContext db, HealthFactsLoader loader, HealthWeightSettings weights) : IWorker
{
    public WorkerName Name => WorkerName.ChurnRiskMonitor;

    public async Task<WorkerScan> ScanAsync(WorkerParams parameters, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var today = DateOnly.FromDateTime(now);
        var threshold = parameters.Number("health_score_threshold");
        var critical = parameters.Flag("alert_on_critical");
        var risks = await ChurnRiskEvaluation.EvaluateAsync(db.Clients.Live(), loader, weights.Weights, today, HealthScoringOptions.DefaultLookbackDays, cancellationToken);

        var findings = risks
            .Where(r => r.Health is { } h && h < threshold)
            .Select(r =>
            {
                var health = r.Health!.Value;
                var isCritical = critical && health < HealthBands.CriticalAlertBelow;
                return new WorkerFinding(r.Client.ClientId, r.Client.ClientId, r.Client.ClientName,
                    isCritical ? "critical_health" : "health_below_threshold",
                    isCritical ? AlertSeverity.Critical : AlertSeverity.High,
                    isCritical
                        ? $"Health {health} is below {HealthBands.CriticalAlertBelow} (critical); churn probability {r.Prediction.Probability:0.00}."
                        : $"Health {health} is below {threshold:0.##}; churn probability {r.Prediction.Probability:0.00}.",
                    new Dictionary<string, decimal?>(StringComparer.Ordinal) { ["health_score"] = health, ["churn_probability"] = r.Prediction.Probability });
            })
            .OrderByDescending(f => f.Severity).ThenBy(f => f.Figures["health_score"]).ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ToList();

        var criticalCount = findings.Count(f => f.Severity == AlertSeverity.Critical);
        var withoutData = risks.Count(r => r.Health is null);
        return new WorkerScan(findings,
            $"Churn check: {criticalCount} critical, {findings.Count - criticalCount} at risk of {risks.Count} live clients.",
            $"Health scores of the last {HealthScoringOptions.DefaultLookbackDays} days from stored usage, engagement, support, surveys and payments (the churn scan of identify_churn_risk), live clients.",
            withoutData == 0 ? [] : [$"{withoutData} live clients have no data for a health score and were not checked."]);
    }
}
