namespace CsMcp.Domain.Revenue;

/// <summary>The reference's expansion kinds, shared by ARR changes and expansion opportunities.</summary>
public enum ExpansionType
{
    UserExpansion,
    UsageExpansion,
    TierUpgrade,
    CrossSell,
    ProfessionalServices,
}
