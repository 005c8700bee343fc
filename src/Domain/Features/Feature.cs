using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Features;

/// <summary>A product feature of the catalogue. A feature is available to a client whose tier is at least <see cref="MinimumTier"/>.</summary>
public sealed class Feature
{
    public const int MaxFeatureIdLength = 50;
    public const int MaxNameLength = 100;

    public int Id { get; set; }

    /// <summary>Business key, <c>feat_&lt;snake_name&gt;</c>.</summary>
    public required string FeatureId { get; set; }

    public required string Name { get; set; }
    public required string Description { get; set; }
    public FeatureCategory Category { get; set; } = FeatureCategory.Core;
    public ClientTier MinimumTier { get; set; } = ClientTier.Starter;
    public DateOnly ReleasedOn { get; set; }

    /// <summary>The minimum tiers whose features a client of <paramref name="tier"/> has. Tiers are stored as codes, so queries filter with this list rather than with &gt;=.</summary>
    public static IReadOnlyList<ClientTier> MinimumTiersAvailableTo(ClientTier tier) =>
        [.. Enum.GetValues<ClientTier>().Where(t => t <= tier)];

    public bool IsAvailableTo(ClientTier tier, DateOnly day) => MinimumTier <= tier && ReleasedOn <= day;
}
