namespace CsMcp.Infrastructure.DemoData;

public enum DemoSeedOutcome
{
    /// <summary>The portfolio was written.</summary>
    Seeded,

    /// <summary>Nothing written: the database already has clients (and replacing was not asked for).</summary>
    SkippedNotEmpty,

    /// <summary>Nothing written: replacing was asked for, but the database holds clients the demo generator did not create.</summary>
    RefusedNonDemoData,
}

/// <summary>What a seeding attempt did, with a one-line message for logs and the CLI.</summary>
public sealed record DemoSeedResult(
    DemoSeedOutcome Outcome,
    string Message,
    int Seed,
    DateOnly AsOf,
    int Clients,
    long Rows,
    int ReplacedClients,
    IReadOnlyDictionary<DemoStory, int> ClientsByStory);
