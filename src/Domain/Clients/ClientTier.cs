namespace CsMcp.Domain.Clients;

public enum ClientTier
{
    Starter,
    Standard,
    Professional,
    Enterprise,
}
