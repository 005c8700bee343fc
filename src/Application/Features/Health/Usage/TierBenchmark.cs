using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Health.Usage;

/// <param name="Percentile">Percent of same-tier peers with usage data whose active-user ratio is below the client's, ties counted half.</param>
public sealed record TierBenchmark(
    string Metric,
    ClientTier Tier,
    decimal? ClientValue,
    int PeersWithData,
    int PeersWithoutData,
    decimal? PeerMedian,
    decimal? PeerAverage,
    decimal? Percentile);
