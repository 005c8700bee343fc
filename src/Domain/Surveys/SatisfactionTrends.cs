namespace CsMcp.Domain.Surveys;

/// <summary>
/// Period-over-period rules of monitor_satisfaction. Trend: NPS change of +5 points or more improving, -5 or less declining;
/// CSAT and CES average change of +0.2 or more improving, -0.2 or less declining; else stable. No trend without both periods.
/// Alerts: NPS down 10 points or more (high), NPS below 0 (high), CSAT or CES average down 0.5 or more (medium),
/// CSAT average below 3.5 (medium), CES average below 4 (medium; 4 is the neutral middle of 1-7).
/// </summary>
public static class SatisfactionTrends
{
    public const int NpsTrendPoints = 5;
    public const decimal ScaleTrendPoints = 0.2m;
    public const int NpsDropAlertPoints = 10;
    public const decimal ScaleDropAlertPoints = 0.5m;
    public const decimal LowCsatBelow = 3.5m;
    public const decimal LowCesBelow = 4m;

    public static SatisfactionTrend? NpsTrend(NpsFigures? current, NpsFigures? previous) =>
        current is null || previous is null ? null : Trend(current.Score - previous.Score, NpsTrendPoints);

    public static SatisfactionTrend? ScaleTrend(ScaleFigures? current, ScaleFigures? previous) =>
        current is null || previous is null ? null : Trend(current.Average - previous.Average, ScaleTrendPoints);

    public static IReadOnlyList<SatisfactionAlert> Alerts(NpsFigures? nps, NpsFigures? previousNps, ScaleFigures? csat, ScaleFigures? previousCsat,
        ScaleFigures? ces, ScaleFigures? previousCes)
    {
        var alerts = new List<SatisfactionAlert>();
        if (nps is not null && previousNps is not null && previousNps.Score - nps.Score >= NpsDropAlertPoints)
            alerts.Add(new("nps_drop", "high", $"NPS fell {previousNps.Score - nps.Score} points, from {previousNps.Score} to {nps.Score}."));
        if (nps is { Score: < 0 })
            alerts.Add(new("negative_nps", "high", $"NPS is {nps.Score}: more detractors ({nps.Detractors}) than promoters ({nps.Promoters})."));
        if (csat is not null && previousCsat is not null && previousCsat.Average - csat.Average >= ScaleDropAlertPoints)
            alerts.Add(new("csat_drop", "medium", $"CSAT fell from {F(previousCsat.Average)} to {F(csat.Average)}."));
        if (csat is not null && csat.Average < LowCsatBelow)
            alerts.Add(new("low_csat", "medium", $"CSAT averages {F(csat.Average)} of 5, below {F(LowCsatBelow)}."));
        if (ces is not null && previousCes is not null && previousCes.Average - ces.Average >= ScaleDropAlertPoints)
            alerts.Add(new("ces_drop", "medium", $"CES fell from {F(previousCes.Average)} to {F(ces.Average)} (7 = very easy)."));
        if (ces is not null && ces.Average < LowCesBelow)
            alerts.Add(new("low_ces", "medium", $"CES averages {F(ces.Average)} of 7, below {F(LowCesBelow)}: customers find it hard to get things done."));
        return alerts;
    }

    private static string F(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static SatisfactionTrend Trend(decimal change, decimal threshold) =>
        change >= threshold ? SatisfactionTrend.Improving : change <= -threshold ? SatisfactionTrend.Declining : SatisfactionTrend.Stable;
}

public enum SatisfactionTrend
{
    Improving,
    Stable,
    Declining,
}

public sealed record SatisfactionAlert(string AlertType, string Severity, string Message);
