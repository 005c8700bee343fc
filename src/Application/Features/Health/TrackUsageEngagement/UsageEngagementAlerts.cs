using System.Globalization;
using CsMcp.Application.Features.Health.Usage;
using CsMcp.Domain.Health;
using static CsMcp.Application.Features.Health.TrackUsageEngagement.TrackUsageEngagementHandler;

namespace CsMcp.Application.Features.Health.TrackUsageEngagement;

/// <summary>The stated alert rules of track_usage_engagement (thresholds on the handler); a rule without its data does not fire.</summary>
public static class UsageEngagementAlerts
{
    public static List<UsageAlert> From(UsageAggregate? usage, UsageAggregate? previous, FeatureAdoptionSummary features, EngagementSummary engagement, bool anyLogin)
    {
        var alerts = new List<UsageAlert>();
        var drop = UsageAggregate.RelativeChange(usage?.ActiveUserRatio, previous?.ActiveUserRatio);
        if (drop < -RatioDropAlert)
            alerts.Add(new("active_user_ratio_drop", AlertSeverity.High,
                $"The active-user ratio fell by {Percent(-drop!.Value)} versus the previous period.",
                FormattableString.Invariant($"active_user_ratio {usage!.ActiveUserRatio} vs {previous!.ActiveUserRatio}")));
        if (usage?.ActiveUserRatio < LowRatioAlert)
            alerts.Add(new("low_active_user_ratio", AlertSeverity.Medium,
                $"Only {Percent(usage.ActiveUserRatio!.Value)} of licensed users were active in the period.",
                FormattableString.Invariant($"average active users {usage.AverageActiveUsers} of {usage.LicensedUsers} licensed")));
        if (anyLogin && engagement.DaysSinceLastLogin is null or > NoLoginAlertDays)
            alerts.Add(new("no_recent_login", AlertSeverity.Medium,
                $"No login event in the {NoLoginAlertDays} days up to the period end.",
                engagement.LastLoginAt is { } at ? $"last login {at:yyyy-MM-dd}, {engagement.DaysSinceLastLogin} days before the period end" : "no login event by the period end"));
        if (features.AdoptionRate < LowAdoptionAlert)
            alerts.Add(new("low_feature_adoption", AlertSeverity.Low,
                $"{features.FeaturesInUse} of {features.FeaturesAvailable} available features were in use in the period.",
                FormattableString.Invariant($"adoption_rate {features.AdoptionRate}")));
        return alerts;
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
