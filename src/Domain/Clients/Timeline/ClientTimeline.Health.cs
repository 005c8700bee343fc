using System.Globalization;
using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Domain.Clients.Timeline;

public static partial class ClientTimeline
{
    public static ClientEvent RiskFactorsScored(string clientId, RiskFactorResult scored, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(scored);
        return Create(TimelineEventKind.RiskFactorsScored, clientId, at,
            scored.OverallRiskScore is { } o ? $"Risk factors scored: {Number(o)} ({Code(scored.RiskLevel!.Value)})" : "Risk factors scored: no data",
            string.Join("; ", scored.Factors.Select(f => $"{Code(f.Factor)} {(f.Score is { } s ? Number(s) : "no data")}")) + ".",
            scored.Factors.ToDictionary(f => Code(f.Factor), f => f.Score is { } s ? Number(s) : string.Empty),
            scored.RiskLevel is RiskLevel.High or RiskLevel.Critical ? EventImpact.Negative : null,
            scored.EarlyWarnings.Count > 0 ? EventSeverity.High : null);
    }

    /// <param name="before">The level of the client's previous prediction; null for its first.</param>
    public static ClientEvent ChurnRiskLevelChanged(ChurnPrediction prediction, RiskLevel? before, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        var level = Code(prediction.RiskLevel);
        return Create(TimelineEventKind.ChurnRiskLevelChanged, prediction.ClientId, at, $"Churn risk {level}",
            (before is null ? "First churn prediction" : $"Churn risk moved from {Code(before.Value)}")
                + $": probability {prediction.Probability.ToString("0.##", CultureInfo.InvariantCulture)} ({level})"
                + (prediction.Signals.Count == 0 ? "." : $", signals {string.Join(", ", prediction.Signals)}."),
            new()
            {
                ["churn_probability"] = Number(prediction.Probability),
                ["risk_level"] = level,
                ["previous_risk_level"] = before is { } b ? Code(b) : string.Empty,
                ["model_version"] = prediction.ModelVersion,
            },
            before is { } previous && previous > prediction.RiskLevel ? EventImpact.Positive : null,
            prediction.RiskLevel >= RiskLevel.High ? EventSeverity.High : null);
    }
}
