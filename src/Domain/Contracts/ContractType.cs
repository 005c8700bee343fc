namespace CsMcp.Domain.Contracts;

public enum ContractType
{
    Annual,
    MultiYear,
    Monthly,
    Quarterly,
}
