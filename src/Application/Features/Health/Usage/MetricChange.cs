namespace CsMcp.Application.Features.Health.Usage;

/// <param name="Trend">up or down when the relative change is beyond the stated threshold, flat within it, no_data when either side is missing.</param>
public sealed record MetricChange(string Metric, decimal? Current, decimal? Previous, decimal? Change, decimal? RelativeChange, string Trend)
{
    /// <summary>Relative change beyond which a usage figure counts as up or down.</summary>
    public const decimal TrendThreshold = 0.05m;

    public static readonly string TrendRule = FormattableString.Invariant(
        $"trend up when the relative change > +{TrendThreshold:0.##}, down when < -{TrendThreshold:0.##}, else flat (from a base of 0: the sign of the change)");

    public static MetricChange Of(string metric, decimal? current, decimal? previous)
    {
        var relative = UsageAggregate.RelativeChange(current, previous);
        var trend = current is null || previous is null ? "no_data"
            : relative is null ? (current > previous ? "up" : current < previous ? "down" : "flat")
            : relative > TrendThreshold ? "up" : relative < -TrendThreshold ? "down" : "flat";
        return new MetricChange(metric, current, previous, current - previous, relative, trend);
    }
}
