namespace CsMcp.Domain.Retention;

/// <summary>A client problem raised above the normal support path, with an owner and a resolution SLA.</summary>
public sealed class Escalation
{
    public const int MaxIdLength = 40;
    public const int MaxReasonLength = 2000;

    /// <summary>Stored when an escalation is created without a reason (the original's create took none).</summary>
    public const string NoReasonGiven = "(no reason given)";

    /// <summary>Stored when an escalation is resolved without notes (the original's resolve took none).</summary>
    public const string NoResolutionNotesGiven = "(no resolution notes given)";
    public const int MaxOwnerLength = 200;
    public const int MaxNotesLength = 4000;

    public long Id { get; set; }

    /// <summary>Business key, <c>esc_&lt;unix-ms&gt;</c> (with a suffix when two are created in the same millisecond).</summary>
    public required string EscalationId { get; set; }

    public required string ClientId { get; set; }
    public EscalationSeverity Severity { get; set; }
    public EscalationStatus Status { get; set; } = EscalationStatus.Open;
    public required string Owner { get; set; }
    public required string Reason { get; set; }
    public string? ResolutionNotes { get; set; }

    /// <summary>Resolution target in hours from <see cref="CreatedAt"/>, fixed when the escalation is created.</summary>
    public int SlaHours { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    public bool IsOpen => Status is EscalationStatus.Open or EscalationStatus.InProgress;

    public DateTime DueAt => CreatedAt.AddHours(SlaHours);
}
