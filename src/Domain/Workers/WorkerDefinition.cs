using System.Collections.Frozen;

namespace CsMcp.Domain.Workers;

/// <summary>A worker's description and the reference's defaults (enabled, interval, parameters), which seed its stored setting.</summary>
public sealed record WorkerDefinition(WorkerName Name, string Description, bool EnabledByDefault, int DefaultIntervalHours, IReadOnlyList<WorkerParamSpec> Params)
{
    public const int MinIntervalHours = 1;
    public const int MaxIntervalHours = 8760;

    private static readonly FrozenDictionary<WorkerName, WorkerDefinition> ByName = new WorkerDefinition[]
    {
        new(WorkerName.ChurnRiskMonitor, "Live clients whose health score (the churn scan's) is below the threshold; critical below 40.", true, 4,
        [
            WorkerParamSpec.Number("health_score_threshold", 60, 1, 100, "At risk below this health score."),
            WorkerParamSpec.Flag("alert_on_critical", true, "Report health below 40 as critical."),
        ]),
        new(WorkerName.UsageDropAlerts, "Live clients whose average active users fell by at least the threshold against the window before.", true, 6,
        [
            WorkerParamSpec.Number("drop_threshold_percent", 30, 1, 100, "Minimum drop in percent."),
            WorkerParamSpec.Number("check_window_days", 7, 1, 180, "Window in days, compared with the one before."),
        ]),
        new(WorkerName.OnboardingProgress, "Onboarding plans stuck beyond the threshold since their last milestone (needs stored onboarding plans).", true, 24,
        [
            WorkerParamSpec.Number("days_stuck_threshold", 7, 1, 365, "Stuck after this many days without a milestone."),
            WorkerParamSpec.Number("completion_threshold_percent", 50, 0, 100, "Only plans below this completion."),
        ]),
        new(WorkerName.NpsCsatMonitor, "Clients whose latest NPS answer is at or below the NPS threshold (detractor) or latest CSAT at or below the CSAT threshold.", false, 24,
        [
            WorkerParamSpec.Number("nps_alert_threshold", 6, 0, 10, "NPS answers at or below this."),
            WorkerParamSpec.Number("csat_alert_threshold", 3, 1, 5, "CSAT answers at or below this."),
            WorkerParamSpec.Number("lookback_days", 90, 1, 730, "Only answers of the last N days."),
        ]),
        new(WorkerName.SupportSlaTracker, "Open tickets within N hours of an SLA breach (first response or resolution), or breached.", true, 2,
        [
            WorkerParamSpec.Flag("sla_breach_alert", true, "Also report tickets already breached."),
            WorkerParamSpec.Number("hours_until_breach", 2, 0, 168, "Report tickets due within this many hours."),
        ]),
        new(WorkerName.UpsellDetector, "Live clients with seat activation at or above the usage threshold and health at or above the minimum.", false, 168,
        [
            WorkerParamSpec.Number("usage_threshold_percent", 80, 1, 100, "Minimum active users per licensed seat, in percent, over 30 days."),
            WorkerParamSpec.Number("health_score_min", 75, 1, 100, "Minimum health score."),
        ]),
        new(WorkerName.RetentionAnalyzer, "Cohorts of clients by contract start quarter, of at least the minimum size, whose retention is below the threshold.", false, 168,
        [
            WorkerParamSpec.Number("cohort_size_min", 10, 1, 100_000, "Minimum clients in a cohort."),
            WorkerParamSpec.Number("retention_rate_threshold", 0.85m, 0, 1, "Report cohorts retaining less than this share."),
        ]),
    }.ToFrozenDictionary(d => d.Name);

    public static IReadOnlyList<WorkerDefinition> All { get; } = [.. Enum.GetValues<WorkerName>().Select(n => ByName[n])];

    public static WorkerDefinition Of(WorkerName name) => ByName[name];

    public WorkerParamSpec? Param(string name) => Params.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
