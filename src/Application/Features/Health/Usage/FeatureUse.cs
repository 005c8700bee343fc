using CsMcp.Domain.Features;

namespace CsMcp.Application.Features.Health.Usage;

/// <param name="Status">in_use (used during the period), lapsed (last used before the period start), not_yet (first used after the period end) or never_used.</param>
public sealed record FeatureUse(string FeatureId, string Name, FeatureCategory Category, string Status, DateTime? FirstUsedAt, DateTime? LastUsedAt, int? ActiveUsers)
{
    public const string InUse = "in_use";
    public const string Lapsed = "lapsed";
    public const string NotYet = "not_yet";
    public const string NeverUsed = "never_used";
}
