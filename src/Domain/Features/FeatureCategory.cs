namespace CsMcp.Domain.Features;

/// <summary>The original's three feature groups.</summary>
public enum FeatureCategory
{
    Core,
    Advanced,
    Integration,
}
