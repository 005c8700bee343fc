namespace CsMcp.Infrastructure.DemoData;

public enum DemoSeedMode
{
    /// <summary>Seed only a database without clients; otherwise do nothing.</summary>
    OnlyIntoEmpty,

    /// <summary>Delete a previous demo portfolio (and nothing else) and seed anew; refuse when other clients exist.</summary>
    ReplaceDemoData,
}
