namespace CsMcp.Domain.Revenue;

/// <summary>How a product's annual price is counted: per licensed seat, one flat fee, or per usage unit.</summary>
public enum PricingModel
{
    PerSeat,
    Flat,
    Usage,
}
