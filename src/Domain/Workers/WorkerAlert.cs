using CsMcp.Domain.Health;

namespace CsMcp.Domain.Workers;

/// <summary>
/// A condition a worker found, stored once per (worker, subject, condition) while it holds: later runs that find it again
/// only move <see cref="LastSeenAt"/>; the first run that no longer finds it sets <see cref="ClearedAt"/>.
/// </summary>
public sealed class WorkerAlert
{
    public const int MaxSubjectLength = 100;
    public const int MaxConditionLength = 50;
    public const int MaxMessageLength = 1000;

    public long Id { get; set; }
    public WorkerName Worker { get; set; }

    /// <summary>What the alert is about: a client id, a ticket id or a cohort key.</summary>
    public required string Subject { get; set; }

    /// <summary>The client concerned; null for a portfolio subject (a cohort).</summary>
    public string? ClientId { get; set; }

    public required string Condition { get; set; }
    public AlertSeverity Severity { get; set; }
    public required string Message { get; set; }
    public DateTime RaisedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime? ClearedAt { get; set; }
}
