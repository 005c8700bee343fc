using CsMcp.Domain.Clients;
using CsMcp.Domain.Revenue;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>
/// The demo product catalogue (table <c>products</c>). The first five are the codes demo contracts include; the others are
/// what cross-sell and services opportunities offer. Operators of a real deployment maintain the table themselves.
/// </summary>
public static class DemoProductCatalogue
{
    public const string Platform = "core_platform";
    public const string Integrations = "integrations_pack";
    public const string Analytics = "analytics_suite";
    public const string PremiumSupport = "premium_support";
    public const string Sandbox = "sandbox";
    public const string ApiSuite = "api_suite";
    public const string DataWarehouse = "data_warehouse_export";
    public const string Onboarding = "onboarding_services";
    public const string Training = "training_package";

    public static IReadOnlyList<Product> Create() =>
    [
        New(Platform, "Core platform", ProductFamily.Platform, PricingModel.PerSeat, 480m, null),
        New(Integrations, "Integrations pack", ProductFamily.Integrations, PricingModel.Flat, 6_000m, ClientTier.Standard),
        New(Analytics, "Analytics suite", ProductFamily.Analytics, PricingModel.Flat, 18_000m, ClientTier.Professional),
        New(PremiumSupport, "Premium support", ProductFamily.Services, PricingModel.Flat, 24_000m, ClientTier.Enterprise),
        New(Sandbox, "Sandbox environments", ProductFamily.Platform, PricingModel.Flat, 12_000m, ClientTier.Enterprise),
        New(ApiSuite, "API suite (per 1,000 calls)", ProductFamily.Integrations, PricingModel.Usage, 2m, ClientTier.Standard),
        New(DataWarehouse, "Data warehouse export", ProductFamily.Analytics, PricingModel.Flat, 15_000m, ClientTier.Professional),
        New(Onboarding, "Onboarding services", ProductFamily.Services, PricingModel.Flat, 8_000m, null),
        New(Training, "Training package", ProductFamily.Services, PricingModel.Flat, 4_500m, null),
    ];

    private static Product New(string code, string name, ProductFamily family, PricingModel pricing, decimal listPrice, ClientTier? minimumTier) =>
        new() { Code = code, Name = name, Family = family, PricingModel = pricing, ListPricePerYear = listPrice, MinimumTier = minimumTier };
}
