namespace CsMcp.Domain.Retention;

/// <summary>Why a client left, as recorded by a person (the original's post-mortem categories plus the usual others).</summary>
public enum ChurnReason
{
    Cost,
    FeatureGaps,
    SupportQuality,
    Competitor,
    LowAdoption,
    ChampionLeft,
    BusinessClosure,
    Acquisition,
    Other,
}
