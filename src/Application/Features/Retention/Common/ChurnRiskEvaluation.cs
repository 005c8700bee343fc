using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Retention.Common;

/// <summary>
/// One client's churn risk: health now and in the previous window of the same length, and the churn prediction. The scan
/// needs only the two overall scores; the current window's full assessment (components, evidence, indicators) is built on
/// first use, so a portfolio scan explains only the clients it returns.
/// </summary>
public sealed record ClientChurnRisk(
    ClientRow Client,
    int DaysUntilRenewal,
    ClientHealthFacts Facts,
    ClientHealthFacts PreviousFacts,
    int? Health,
    int? PreviousHealth,
    HealthWeights Weights,
    ChurnPredictionResult Prediction)
{
    private HealthAssessment? _assessment;

    public HealthAssessment Assessment => _assessment ??= HealthEngine.Assess(Facts.Inputs, Weights, PreviousHealth);

    public ChurnSignalFacts SignalFacts => new(Facts.Inputs, PreviousFacts.Inputs, Health, PreviousHealth,
        DaysUntilRenewal, Facts.Inputs.Payment?.PaymentStatus);
}

public sealed record ClientRow(string ClientId, string ClientName, ClientTier Tier, LifecycleStage LifecycleStage, AccountStatus Status,
    decimal ContractValue, DateOnly RenewalDate, int? HealthScore, string? CsmAssigned);

/// <summary>
/// Loads health facts for the current window (ending today) and the previous one (the same length just before it) with the
/// shared <see cref="HealthFactsLoader"/> (both windows in a fixed number of set-based queries for any number of clients), scores both with
/// the health engine and predicts churn with <see cref="ChurnSignals"/>. Nothing is written.
/// </summary>
public static class ChurnRiskEvaluation
{
    public static async Task<IReadOnlyList<ClientChurnRisk>> EvaluateAsync(IQueryable<Client> clients, HealthFactsLoader loader, HealthWeights weights,
        DateOnly today, int lookbackDays, CancellationToken cancellationToken)
    {
        var rows = await clients.AsNoTracking().OrderBy(c => c.ClientId)
            .Select(c => new ClientRow(c.ClientId, c.ClientName, c.Tier, c.LifecycleStage, c.Status, c.ContractValue, c.RenewalDate, c.HealthScore, c.CsmAssigned))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
            return [];
        var (currentFacts, previousFacts) = await loader.LoadWithPreviousAsync(clients, HealthWindow.EndingOn(today, lookbackDays), cancellationToken);
        var current = currentFacts.ToDictionary(f => f.ClientId, StringComparer.Ordinal);
        var previous = previousFacts.ToDictionary(f => f.ClientId, StringComparer.Ordinal);

        var result = new List<ClientChurnRisk>(rows.Count);
        foreach (var row in rows)
        {
            if (!current.TryGetValue(row.ClientId, out var now) || !previous.TryGetValue(row.ClientId, out var before))
                continue;
            var daysUntilRenewal = row.RenewalDate.DayNumber - today.DayNumber;
            var risk = new ClientChurnRisk(row, daysUntilRenewal, now, before,
                HealthEngine.Overall(now.Inputs, weights), HealthEngine.Overall(before.Inputs, weights), weights, null!);
            result.Add(risk with { Prediction = ChurnSignals.Predict(risk.SignalFacts) });
        }

        return result;
    }
}
