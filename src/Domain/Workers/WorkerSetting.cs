namespace CsMcp.Domain.Workers;

/// <summary>
/// One worker's stored configuration and schedule (the original's <c>autonomous_config.json</c> entry), shared by every
/// server process on the database. The lease columns make one process at a time run the worker.
/// </summary>
public sealed class WorkerSetting
{
    public const int MaxParamsLength = 4000;
    public const int MaxLeaseOwnerLength = 100;

    public int Id { get; set; }
    public WorkerName Worker { get; set; }
    public bool Enabled { get; set; }
    public int IntervalHours { get; set; }

    /// <summary>The worker's parameters as a JSON object; a parameter that is absent takes its default.</summary>
    public string ParamsJson { get; set; } = "{}";

    public DateTime UpdatedAt { get; set; }

    /// <summary>When the scheduler runs the worker next; null until its first run (due at once).</summary>
    public DateTime? NextDueAt { get; set; }

    /// <summary>The process running the worker now; null when none is.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>A lease is held until this time; an expired lease (a process that died mid-run) can be taken over.</summary>
    public DateTime? LeaseUntil { get; set; }
}
