using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Features;
using CsMcp.Domain.Lifecycle;
using CsMcp.Domain.Surveys;
using CsMcp.Domain.Usage;
using CsMcp.Infrastructure.Persistence;

namespace CsMcp.Application.Tests.Features.Health;

/// <summary>
/// Six clients with known stored data (the clock is 2026-06-15 12:00 UTC):
/// Alpha enterprise/active/SaaS 250k health 90; Bravo enterprise/at_risk/SaaS 150k health 45; Charlie professional/active/Healthcare 80k
/// health 78; Delta professional/renewal/Healthcare 60k health 62; Echo standard/onboarding/Retail 20k never scored; Foxtrot
/// starter/churned/no industry 5k health 30. Features: two core, one advanced (professional+), one integration, one core released
/// after today. Usage, adoption, NPS, meetings, contracts and stage history as written below.
/// </summary>
public static class HealthPortfolioFixture
{
    public const string Alpha = "cs_1_alpha";
    public const string Bravo = "cs_1_bravo";
    public const string Charlie = "cs_1_charlie";
    public const string Delta = "cs_1_delta";
    public const string Echo = "cs_1_echo";
    public const string Foxtrot = "cs_1_foxtrot";

    public static async Task SeedAsync(CsMcpDbContext db)
    {
        db.Clients.AddRange(
            Client(Alpha, "Alpha", ClientTier.Enterprise, LifecycleStage.Active, "SaaS", 250_000m, 90, new(2025, 1, 1), new(2026, 8, 1)),
            Client(Bravo, "Bravo", ClientTier.Enterprise, LifecycleStage.AtRisk, "SaaS", 150_000m, 45, new(2025, 1, 1), new(2027, 1, 1)),
            Client(Charlie, "Charlie", ClientTier.Professional, LifecycleStage.Active, "Healthcare", 80_000m, 78, new(2025, 6, 1), new(2026, 12, 1)),
            Client(Delta, "Delta", ClientTier.Professional, LifecycleStage.Renewal, "Healthcare", 60_000m, 62, new(2025, 3, 1), new(2026, 7, 15)),
            Client(Echo, "Echo", ClientTier.Standard, LifecycleStage.Onboarding, "Retail", 20_000m, null, new(2026, 5, 1), new(2027, 5, 1)),
            Client(Foxtrot, "Foxtrot", ClientTier.Starter, LifecycleStage.Churned, null, 5_000m, 30, new(2024, 6, 1), new(2026, 1, 1), AccountStatus.Churned));

        db.Contracts.AddRange(
            Contract("CNT-A1", Alpha, new(2025, 1, 1), new(2025, 12, 31), ContractStatus.Renewed, PaymentStatus.Current),
            Contract("CNT-A2", Alpha, new(2026, 1, 1), new(2026, 7, 31), ContractStatus.Active, PaymentStatus.Current),
            Contract("CNT-B1", Bravo, new(2025, 1, 1), new(2026, 12, 31), ContractStatus.Active, PaymentStatus.Overdue),
            Contract("CNT-C1", Charlie, new(2025, 6, 1), new(2026, 11, 30), ContractStatus.Active, PaymentStatus.Late));

        db.SurveyResponses.AddRange(
            Nps("NPS-1", Alpha, 10, new(2026, 5, 1)),
            Nps("NPS-2", Alpha, 9, new(2026, 6, 1)),
            Nps("NPS-3", Bravo, 3, new(2026, 5, 10)),
            Nps("NPS-4", Charlie, 8, new(2026, 4, 1)),
            Nps("NPS-5", Delta, 10, new(2025, 12, 1)));

        db.UsagePeriods.AddRange(
            Usage(Alpha, new(2025, 1, 1), 100, 30),
            Usage(Alpha, new(2025, 2, 1), 100, 60),
            Usage(Alpha, new(2026, 5, 1), 100, 80),
            Usage(Bravo, new(2026, 3, 1), 100, 70),
            Usage(Charlie, new(2025, 6, 1), 50, 10),
            Usage(Charlie, new(2026, 5, 1), 50, 25),
            Usage(Delta, new(2026, 5, 1), 40, 8));

        db.Features.AddRange(
            Feature("feat_core_a", FeatureCategory.Core, ClientTier.Starter, new(2024, 1, 1)),
            Feature("feat_core_b", FeatureCategory.Core, ClientTier.Starter, new(2024, 1, 1)),
            Feature("feat_adv", FeatureCategory.Advanced, ClientTier.Professional, new(2024, 1, 1)),
            Feature("feat_int", FeatureCategory.Integration, ClientTier.Starter, new(2024, 1, 1)),
            Feature("feat_new", FeatureCategory.Core, ClientTier.Starter, new(2026, 7, 1)));

        db.FeatureAdoptions.AddRange(
            Adoption(Alpha, "feat_core_a", new(2025, 1, 5), new(2026, 6, 10)),
            Adoption(Alpha, "feat_core_b", new(2025, 1, 20), new(2026, 6, 10)),
            Adoption(Alpha, "feat_adv", new(2025, 2, 1), new(2026, 6, 1)),
            Adoption(Alpha, "feat_int", new(2025, 3, 1), new(2026, 1, 1)),
            Adoption(Bravo, "feat_core_a", new(2025, 2, 1), new(2026, 2, 1)),
            Adoption(Charlie, "feat_core_a", new(2025, 6, 10), new(2026, 6, 1)),
            Adoption(Charlie, "feat_int", new(2025, 7, 1), new(2026, 6, 1)),
            Adoption(Delta, "feat_core_a", new(2025, 3, 15), new(2026, 5, 20)),
            Adoption(Delta, "feat_core_b", new(2025, 4, 1), new(2026, 5, 20)),
            Adoption(Foxtrot, "feat_core_a", new(2024, 6, 10), new(2025, 12, 1)));

        db.EngagementEvents.AddRange(
            Meeting(Alpha, new(2025, 4, 1), "Quarterly business review"),
            Meeting(Charlie, new(2025, 7, 1), "Monthly check-in"));

        db.LifecycleStageChanges.AddRange(
            Stage(Alpha, null, LifecycleStage.Onboarding, new(2025, 1, 1)),
            Stage(Alpha, LifecycleStage.Onboarding, LifecycleStage.Active, new(2025, 3, 1)),
            Stage(Bravo, null, LifecycleStage.Onboarding, new(2025, 1, 1)),
            Stage(Bravo, LifecycleStage.Onboarding, LifecycleStage.Active, new(2025, 2, 15)),
            Stage(Bravo, LifecycleStage.Active, LifecycleStage.AtRisk, new(2026, 5, 1)),
            Stage(Foxtrot, null, LifecycleStage.Onboarding, new(2024, 6, 1)),
            Stage(Foxtrot, LifecycleStage.Onboarding, LifecycleStage.Active, new(2024, 8, 1)),
            Stage(Foxtrot, LifecycleStage.Active, LifecycleStage.AtRisk, new(2025, 11, 1)),
            Stage(Foxtrot, LifecycleStage.AtRisk, LifecycleStage.Churned, new(2026, 1, 2)));

        await db.SaveChangesAsync();
    }

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);

    private static Client Client(string id, string name, ClientTier tier, LifecycleStage stage, string? industry, decimal arr, int? health,
        DateOnly created, DateOnly renewal, AccountStatus status = AccountStatus.Active) => new()
        {
            ClientId = id,
            ClientName = name,
            NormalizedName = Domain.Clients.Client.NormalizeName(name),
            CompanyName = $"{name} Inc",
            Industry = industry,
            Tier = tier,
            LifecycleStage = stage,
            Status = status,
            ContractValue = arr,
            ContractStartDate = renewal.AddDays(-365),
            ContractEndDate = renewal,
            RenewalDate = renewal,
            HealthScore = health,
            HealthCalculatedAt = health is null ? null : At(new DateOnly(2026, 6, 14)),
            CreatedAt = At(created),
            UpdatedAt = At(created),
        };

    private static Contract Contract(string id, string clientId, DateOnly start, DateOnly end, ContractStatus status, PaymentStatus payment) => new()
    {
        ContractId = id,
        ClientId = clientId,
        Status = status,
        ContractValue = 1_000m,
        StartDate = start,
        EndDate = end,
        RenewalDate = end.AddDays(1),
        PaymentStatus = payment,
        CreatedAt = At(start),
        UpdatedAt = At(start),
    };

    private static SurveyResponse Nps(string id, string clientId, int score, DateOnly day) => new()
    {
        ResponseId = id,
        ClientId = clientId,
        SurveyType = SurveyType.Nps,
        SurveyId = "nps_in_app",
        Score = score,
        NpsCategory = score >= 9 ? NpsCategory.Promoter : score >= 7 ? NpsCategory.Passive : NpsCategory.Detractor,
        RespondedAt = At(day),
    };

    private static UsagePeriod Usage(string clientId, DateOnly start, int total, int active) => new()
    {
        ClientId = clientId,
        Granularity = UsageGranularity.Monthly,
        PeriodStart = start,
        PeriodEnd = start.AddMonths(1).AddDays(-1),
        TotalUsers = total,
        ActiveUsers = active,
        CreatedAt = At(start),
    };

    private static Feature Feature(string id, FeatureCategory category, ClientTier minimumTier, DateOnly released) => new()
    {
        FeatureId = id,
        Name = id[5..],
        Description = $"{id} feature",
        Category = category,
        MinimumTier = minimumTier,
        ReleasedOn = released,
    };

    private static FeatureAdoption Adoption(string clientId, string featureId, DateOnly first, DateOnly last) => new()
    {
        ClientId = clientId,
        FeatureId = featureId,
        FirstUsedAt = At(first),
        LastUsedAt = At(last),
        ActiveUsers = 5,
        UsageCount = 10,
        UpdatedAt = At(last),
    };

    private static EngagementEvent Meeting(string clientId, DateOnly day, string summary) => new()
    {
        ClientId = clientId,
        EventType = EngagementType.Meeting,
        Direction = EngagementDirection.Outbound,
        OccurredAt = At(day),
        Summary = summary,
    };

    private static LifecycleStageChange Stage(string clientId, LifecycleStage? from, LifecycleStage to, DateOnly day) => new()
    {
        ClientId = clientId,
        FromStage = from,
        ToStage = to,
        ChangedAt = At(day),
        Reason = "fixture",
        ChangedBy = "system",
    };
}
