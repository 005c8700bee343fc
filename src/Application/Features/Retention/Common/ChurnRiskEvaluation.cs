using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;

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
}

public sealed record ClientRow(string ClientId, string ClientName, ClientTier Tier, LifecycleStage LifecycleStage, AccountStatus Status,
    decimal ContractValue, DateOnly RenewalDate, int? HealthScore, string? CsmAssigned);

/// <summary>
/// Loads each client's columns with its health facts for the current window (ending today) and the previous one (the same
/// length just before it) through <see cref="HealthFactsLoader.LoadWithPreviousAsync{TClient}"/> (one statement for the
/// clients and both windows' rows, whatever their number), scores both windows with the health engine and predicts churn
/// with <see cref="ChurnSignals"/>. Nothing is written.
/// </summary>
public static class ChurnRiskEvaluation
{
    public static async Task<IReadOnlyList<ClientChurnRisk>> EvaluateAsync(IQueryable<Client> clients, HealthFactsLoader loader, HealthWeights weights,
        DateOnly today, int lookbackDays, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadWithPreviousAsync(clients,
            c => new ClientRow(c.ClientId, c.ClientName, c.Tier, c.LifecycleStage, c.Status, c.ContractValue, c.RenewalDate, c.HealthScore, c.CsmAssigned),
            HealthWindow.EndingOn(today, lookbackDays), cancellationToken);

        var result = new List<ClientChurnRisk>(loaded.Count);
        foreach (var (row, now, before) in loaded)
        {
            var daysUntilRenewal = row.RenewalDate.DayNumber - today.DayNumber;
            var health = HealthEngine.Overall(now.Inputs, weights);
            var previousHealth = HealthEngine.Overall(before.Inputs, weights);
            var prediction = ChurnSignals.Predict(
                new ChurnSignalFacts(now.Inputs, before.Inputs, health, previousHealth, daysUntilRenewal, now.Inputs.Payment?.PaymentStatus));
            result.Add(new ClientChurnRisk(row, daysUntilRenewal, now, before, health, previousHealth, weights, prediction));
        }

        return result;
    }
}
