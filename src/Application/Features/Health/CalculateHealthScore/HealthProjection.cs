using CsMcp.Domain.Common;


namespace CsMcp.Application.Features.Health.CalculateHealthScore;

/// <summary>
/// A least-squares line through the stored scores (and today's), projected 30, 60 and 90 days ahead and clamped to 0-100.
/// Only with at least <see cref="MinPoints"/> points spanning <see cref="MinSpanDays"/> days; otherwise it says so.
/// </summary>
public static class HealthProjection
{
    public const int MinPoints = 3;
    public const int MinSpanDays = 60;
    private static readonly int[] Horizons = [30, 60, 90];

    public static HealthPrediction Project(IReadOnlyList<(DateTime At, int Score)> points, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(points);
        const string method = "least-squares linear trend of the stored snapshot scores (and today's) against time, projected 30/60/90 days ahead, clamped to 0-100";
        var span = points.Count == 0 ? 0 : (points.Max(p => p.At) - points.Min(p => p.At)).TotalDays;
        if (points.Count < MinPoints || span < MinSpanDays)
        {
            return new HealthPrediction("not_enough_history", method, points.Count, null, [],
                $"Not enough history to project: {points.Count} scores over {Rounding.Whole((decimal)span):0} days; a projection needs at least {MinPoints} scores spanning {MinSpanDays} days.");
        }

        var xs = points.Select(p => (decimal)(p.At - now).TotalDays).ToList();
        var ys = points.Select(p => (decimal)p.Score).ToList();
        var meanX = xs.Average();
        var meanY = ys.Average();
        var sxx = xs.Sum(x => (x - meanX) * (x - meanX));
        var sxy = xs.Zip(ys, (x, y) => (x - meanX) * (y - meanY)).Sum();
        var slope = sxx == 0 ? 0 : sxy / sxx;
        var intercept = meanY - (slope * meanX);
        var today = DateOnly.FromDateTime(now);
        var predicted = Horizons
            .Select(days => new ProjectedScore(today.AddDays(days), Rounding.Average(Math.Clamp(intercept + (slope * days), 0m, 100m)), "baseline"))
            .ToList();
        return new HealthPrediction("projected", method, points.Count, Rounding.Amount(slope * 30), predicted,
            "A straight-line extrapolation of past scores, not a model of what will happen; it ignores renewals, interventions and seasonality.");
    }
}
