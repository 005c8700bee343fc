namespace CsMcp.Domain.Usage;

public enum UsageGranularity
{
    Daily,
    Weekly,
    Monthly,
}
