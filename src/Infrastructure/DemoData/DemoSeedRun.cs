namespace CsMcp.Infrastructure.DemoData;

/// <summary>
/// A record that the demo generator filled this database. It tells demo data from real data: <c>seed --force</c> replaces
/// only a database whose clients are exactly the ones the recorded run created (<see cref="ClientCount"/> grows with
/// every committed batch, so an interrupted run is still recognised).
/// </summary>
public sealed class DemoSeedRun
{
    public int Id { get; set; }
    public int Seed { get; set; }
    public int RequestedClients { get; set; }

    /// <summary>Clients committed so far.</summary>
    public int ClientCount { get; set; }

    /// <summary>The day the portfolio ends at (the generator's "today").</summary>
    public DateOnly AsOf { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>Null while the run is in progress or if it was interrupted.</summary>
    public DateTime? CompletedAt { get; set; }
}
