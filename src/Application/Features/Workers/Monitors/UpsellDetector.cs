using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Usage;
using CsMcp.Domain.Workers;

namespace CsMcp.Application.Features.Workers.Monitors;

/// <summary>
/// upsell_detector: from the same health facts the churn scan loads (last 30 days, live clients), seat activation
/// (average active users / licensed seats, UsageRates) at or above usage_threshold_percent with health at or above
/// health_score_min is an expansion signal.
/// </summary>
public sealed class UpsellDetector(IAppDbContext db, HealthFactsLoader loader, HealthWeightSettings weights) : IWorker
{
    public WorkerName Name => WorkerName.UpsellDetector;

    public async Task<WorkerScan> ScanAsync(WorkerParams parameters, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var usageMin = parameters.Number("usage_threshold_percent") / 100m;
        var healthMin = parameters.Number("health_score_min");
        var risks = await ChurnRiskEvaluation.EvaluateAsync(db.Clients.Live(), loader, weights.Weights, DateOnly.FromDateTime(now),
            HealthScoringOptions.DefaultLookbackDays, cancellationToken);

        var checkedCount = 0;
        var findings = new List<WorkerFinding>();
        foreach (var r in risks)
        {
            if (r.Health is not { } health || r.Facts.Inputs.Usage is not { } usage || UsageRates.ActivationRate(usage.AverageActiveUsers, usage.LicensedUsers) is not { } activation)
                continue;
            checkedCount++;
            if (activation < usageMin || health < healthMin)
                continue;
            findings.Add(new WorkerFinding(r.Client.ClientId, r.Client.ClientId, r.Client.ClientName, "expansion_ready", AlertSeverity.Low,
                $"{Rounding.Percent(activation * 100):0.#} % of {usage.LicensedUsers} seats active with health {health}: ready for an expansion conversation.",
                new Dictionary<string, decimal?>(StringComparer.Ordinal) { ["activation_rate"] = activation, ["health_score"] = health, ["licensed_users"] = usage.LicensedUsers }));
        }

        findings = [.. findings.OrderByDescending(f => f.Figures["activation_rate"]).ThenByDescending(f => f.Figures["health_score"]).ThenBy(f => f.Subject, StringComparer.Ordinal)];
        var missing = risks.Count - checkedCount;
        return new WorkerScan(findings,
            $"Upsell check: {findings.Count} of {checkedCount} live clients with usage and health data are at or above {usageMin * 100:0.##} % activation and health {healthMin:0.##}.",
            $"Health facts of the last {HealthScoringOptions.DefaultLookbackDays} days (the churn scan's): seat activation = average active users / licensed seats, health score.",
            missing == 0 ? [] : [$"{missing} live clients lack usage with licensed seats or a health score and were not checked."]);
    }
}
