namespace CsMcp.Domain.Clients;

public enum AccountStatus
{
    Active,
    Paused,
    Churned,
    Pending,
}
