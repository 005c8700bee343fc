namespace CsMcp.Domain.Feedback;

public enum InsightUrgency
{
    Urgent,
    High,
    Medium,
    Normal,
}
