namespace CsMcp.Domain.Retention;

/// <summary>One step of a campaign's playbook: what, who owns it, and how many days after enrolment it is due.</summary>
public sealed class PlaybookStep
{
    public const int MaxOwnerLength = 200;

    public long Id { get; set; }
    public long CampaignRowId { get; set; }
    public int Sequence { get; set; }
    public PlaybookStepType StepType { get; set; }
    public required string Owner { get; set; }
    public int DueAfterDays { get; set; }
}
