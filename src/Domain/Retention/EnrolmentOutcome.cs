namespace CsMcp.Domain.Retention;

public enum EnrolmentOutcome
{
    Pending,
    Retained,
    Churned,
}
