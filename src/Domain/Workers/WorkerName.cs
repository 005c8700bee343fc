namespace CsMcp.Domain.Workers;

/// <summary>The background workers (the original's worker registry). Codes are the original's worker names.</summary>
public enum WorkerName
{
    ChurnRiskMonitor,
    UsageDropAlerts,
    OnboardingProgress,
    NpsCsatMonitor,
    SupportSlaTracker,
    UpsellDetector,
    RetentionAnalyzer,
}
