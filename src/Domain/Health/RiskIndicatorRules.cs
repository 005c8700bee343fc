using CsMcp.Domain.Clients;
using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>The original's risk indicators. Components without data raise none: a gap is reported as a gap, not as a risk.</summary>
public static class RiskIndicatorRules
{
    /// <summary>Engagement below 70 is a risk...</summary>
    public const decimal EngagementThreshold = 70m;

    /// <summary>...and a high one below 60.</summary>
    public const decimal EngagementHighBelow = 60m;

    /// <summary>Usage below 75 is a risk...</summary>
    public const decimal UsageThreshold = 75m;

    /// <summary>...and a high one below 65.</summary>
    public const decimal UsageHighBelow = 65m;

    /// <summary>Support below 80 (more than a few tickets, or any P0/P1) is a medium risk.</summary>
    public const decimal SupportThreshold = 80m;

    internal static IReadOnlyList<RiskIndicator> Find(ComponentScore[] scores, HealthTrend? trend, int? change, int? previousOverall, int? overall)
    {
        List<RiskIndicator>? found = null;
        if (scores[(int)HealthComponent.Engagement].Score is { } engagement && engagement < EngagementThreshold)
        {
            var severity = engagement < EngagementHighBelow ? AlertSeverity.High : AlertSeverity.Medium;
            (found ??= new(4)).Add(new RiskIndicator(RiskIndicatorType.LowEngagement, severity, engagement, EngagementThreshold,
                $"Engagement {Text(engagement)} is below {Text(EngagementThreshold)}."));
        }

        if (scores[(int)HealthComponent.Usage].Score is { } usage && usage < UsageThreshold)
        {
            var severity = usage < UsageHighBelow ? AlertSeverity.High : AlertSeverity.Medium;
            (found ??= new(4)).Add(new RiskIndicator(RiskIndicatorType.LowUsage, severity, usage, UsageThreshold,
                $"Usage {Text(usage)} is below {Text(UsageThreshold)}."));
        }

        if (scores[(int)HealthComponent.Support].Score is { } support && support < SupportThreshold)
        {
            (found ??= new(4)).Add(new RiskIndicator(RiskIndicatorType.SupportIssues, AlertSeverity.Medium, support, SupportThreshold,
                $"Support {Text(support)} is below {Text(SupportThreshold)}."));
        }

        if (trend == HealthTrend.Declining && change is { } delta)
        {
            (found ??= new(4)).Add(new RiskIndicator(RiskIndicatorType.DecliningHealth, AlertSeverity.High, delta, 0m,
                $"Health fell {-delta} points since the previous score ({previousOverall} -> {overall})."));
        }

        return found ?? (IReadOnlyList<RiskIndicator>)[];
    }
}
