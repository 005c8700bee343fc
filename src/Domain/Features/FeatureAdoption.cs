namespace CsMcp.Domain.Features;

/// <summary>One client's use of one feature: a row exists once the client has used the feature.</summary>
public sealed class FeatureAdoption
{
    public long Id { get; set; }
    public required string ClientId { get; set; }
    public required string FeatureId { get; set; }
    public DateTime FirstUsedAt { get; set; }
    public DateTime LastUsedAt { get; set; }

    /// <summary>Distinct users of the feature in the 30 days up to <see cref="LastUsedAt"/>.</summary>
    public int ActiveUsers { get; set; }

    /// <summary>Uses of the feature since <see cref="FirstUsedAt"/>.</summary>
    public long UsageCount { get; set; }

    public DateTime UpdatedAt { get; set; }
}
