namespace CsMcp.Domain.Retention;

/// <summary>One client in one campaign, with its progress and outcome. A client is enrolled in a campaign at most once.</summary>
public sealed class CampaignEnrolment
{
    public const int MaxReasonLength = 1000;

    public long Id { get; set; }
    public long CampaignRowId { get; set; }
    public required string ClientId { get; set; }
    public EnrolmentStatus Status { get; set; } = EnrolmentStatus.Enrolled;
    public EnrolmentOutcome Outcome { get; set; } = EnrolmentOutcome.Pending;
    public int StepsCompleted { get; set; }

    /// <summary>Why the client was enrolled (chosen by id, or the rule and values that matched).</summary>
    public required string Reason { get; set; }

    /// <summary>The client's health score at enrolment; null when it had none.</summary>
    public int? HealthAtEnrolment { get; set; }

    /// <summary>The automation rule that enrolled the client; null when enrolled by the campaign tool.</summary>
    public string? RuleId { get; set; }

    public DateTime EnrolledAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
