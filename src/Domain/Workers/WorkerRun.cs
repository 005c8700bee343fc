namespace CsMcp.Domain.Workers;

/// <summary>One finished run of a worker: when, how it ended, what it found and who was told.</summary>
public sealed class WorkerRun
{
    public const int MaxSummaryLength = 1000;
    public const int MaxErrorTypeLength = 100;

    public long Id { get; set; }
    public WorkerName Worker { get; set; }
    public WorkerTrigger Trigger { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime FinishedAt { get; set; }
    public WorkerRunStatus Status { get; set; }
    public int FindingsCount { get; set; }
    public int NewAlerts { get; set; }
    public int ClearedAlerts { get; set; }
    public string? Summary { get; set; }

    /// <summary>The exception type of a failed run; null when it succeeded.</summary>
    public string? ErrorType { get; set; }

    /// <summary>The channels that were told about the run's new alerts (slack, email); empty when none was.</summary>
    public List<string> NotifiedChannels { get; set; } = [];

    public double DurationSeconds => (FinishedAt - StartedAt).TotalSeconds;
}
