namespace CsMcp.Domain.Feedback;

/// <summary>A stored voice-of-customer report: its period, audience, recipients, the sections as computed, and its delivery.</summary>
public sealed class VocReport
{
    public const int MaxIdLength = 40;

    public long Id { get; set; }

    /// <summary>Business key, <c>VOC-&lt;yyyyMMdd-HHmmss&gt;</c>, with a suffix on collision.</summary>
    public required string ReportId { get; set; }

    public VocReportType ReportType { get; set; }
    public VocAudience TargetAudience { get; set; }

    /// <summary>The one client the report covers; null for the (scoped) portfolio.</summary>
    public string? ClientId { get; set; }

    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public List<string> Recipients { get; set; } = [];

    /// <summary>The report's sections and scope as JSON, exactly as the tool returned them.</summary>
    public required string SectionsJson { get; set; }

    /// <summary>sent, or why not (e.g. "not sent: email not configured").</summary>
    public required string DeliveryStatus { get; set; }

    public string? IdempotencyKey { get; set; }
    public DateTime CreatedAt { get; set; }
}
