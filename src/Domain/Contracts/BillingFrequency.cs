namespace CsMcp.Domain.Contracts;

public enum BillingFrequency
{
    Monthly,
    Quarterly,
    Annual,
}
