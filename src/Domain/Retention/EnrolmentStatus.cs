namespace CsMcp.Domain.Retention;

public enum EnrolmentStatus
{
    Enrolled,
    InProgress,
    Completed,
    Withdrawn,
}
