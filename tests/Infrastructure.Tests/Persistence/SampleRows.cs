using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Features;
using CsMcp.Domain.Health;
using CsMcp.Domain.Lifecycle;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Domain.Usage;

namespace CsMcp.Infrastructure.Tests.Persistence;

/// <summary>One fully populated row of every customer-success table, for round trips and constraint checks.</summary>
internal static class SampleRows
{
    public const string ClientId = "cs_1750000000000_harbor";
    public static readonly DateTime At = new(2026, 5, 4, 13, 45, 30, DateTimeKind.Utc);

    public static Client Client() => new()
    {
        ClientId = ClientId,
        ClientName = "Kestrelholm Logistics",
        NormalizedName = "KESTRELHOLM LOGISTICS",
        CompanyName = "Kestrelholm Logistics GmbH",
        Industry = "Logistics",
        Tier = ClientTier.Professional,
        LifecycleStage = LifecycleStage.AtRisk,
        ContractValue = 84_250.50m,
        ContractStartDate = new DateOnly(2025, 6, 1),
        ContractEndDate = new DateOnly(2026, 5, 31),
        RenewalDate = new DateOnly(2026, 6, 1),
        CreatedAt = At.AddYears(-1),
        UpdatedAt = At,
    };

    public static Contract Contract() => new()
    {
        ContractId = "CNT-000042",
        ClientId = ClientId,
        ContractType = ContractType.MultiYear,
        Status = ContractStatus.Active,
        ContractValue = 84_250.50m,
        BillingFrequency = BillingFrequency.Quarterly,
        Currency = "EUR",
        StartDate = new DateOnly(2025, 6, 1),
        EndDate = new DateOnly(2027, 5, 31),
        RenewalDate = new DateOnly(2027, 6, 1),
        AutoRenew = true,
        NoticePeriodDays = 60,
        PaymentTermsDays = 45,
        PaymentStatus = PaymentStatus.PaymentPlan,
        IncludedUsers = 120,
        Tier = ClientTier.Professional,
        ProductsIncluded = ["core_platform", "analytics_suite"],
        DiscountPercentage = 0.125m,
        SignedBy = "Vera Oakes",
        OwnerCsm = "Ada Larkspur",
        CreatedAt = At.AddYears(-1),
        UpdatedAt = At,
    };

    public static Invoice Invoice() => new()
    {
        InvoiceId = "INV-0000007",
        ClientId = ClientId,
        ContractId = "CNT-000042",
        Amount = 21_062.63m,
        Currency = "EUR",
        IssuedOn = new DateOnly(2026, 3, 1),
        DueOn = new DateOnly(2026, 4, 15),
        PaidOn = new DateOnly(2026, 5, 2),
        Status = InvoiceStatus.Paid,
    };

    public static UsagePeriod Usage() => new()
    {
        ClientId = ClientId,
        Granularity = UsageGranularity.Monthly,
        PeriodStart = new DateOnly(2026, 4, 5),
        PeriodEnd = new DateOnly(2026, 5, 4),
        TotalUsers = 120,
        ActiveUsers = 96,
        DailyActiveUsers = 41,
        WeeklyActiveUsers = 77,
        MonthlyActiveUsers = 96,
        TotalLogins = 2_468,
        TotalSessionMinutes = 61_700,
        TotalActions = 3_000_000_000,
        CreatedAt = At,
    };

    public static Feature Feature() => new()
    {
        FeatureId = "feat_forecasting",
        Name = "Forecasting",
        Description = "Projections from historical trends.",
        Category = FeatureCategory.Advanced,
        MinimumTier = ClientTier.Professional,
        ReleasedOn = new DateOnly(2024, 2, 29),
    };

    public static FeatureAdoption Adoption() => new()
    {
        ClientId = ClientId,
        FeatureId = "feat_forecasting",
        FirstUsedAt = At.AddDays(-90),
        LastUsedAt = At,
        ActiveUsers = 14,
        UsageCount = 812,
        UpdatedAt = At,
    };

    public static EngagementEvent Engagement() => new()
    {
        ClientId = ClientId,
        EventType = EngagementType.InApp,
        Direction = EngagementDirection.Inbound,
        OccurredAt = At,
        ContactName = "Vera Oakes",
        ContactEmail = "vera.oakes@kestrelholm-logistics.test",
        DurationMinutes = 12,
        Summary = "Completed the dashboards guide",
    };

    public static SupportTicket Ticket() => new()
    {
        TicketId = "TKT-000123",
        ClientId = ClientId,
        Subject = "Reports take minutes to open",
        Description = "Since Monday the monthly report times out.",
        Priority = TicketPriority.P0,
        Category = TicketCategory.Performance,
        Status = TicketStatus.WaitingOnEngineering,
        RequesterEmail = "vera.oakes@kestrelholm-logistics.test",
        RequesterName = "Vera Oakes",
        AssignedAgent = "Iris Calder",
        AssignedTeam = "Escalation Team",
        Tags = ["performance", "escalated"],
        CreatedAt = At,
        UpdatedAt = At.AddHours(5),
        FirstResponseAt = At.AddMinutes(4),
        ResolvedAt = At.AddHours(3),
        ClosedAt = At.AddHours(5),
        SlaFirstResponseMinutes = 5,
        SlaResolutionMinutes = 60,
        SatisfactionRating = 2,
        SatisfactionComment = "Took far too long.",
        Escalated = true,
        EscalatedAt = At.AddMinutes(10),
        EscalationReason = "Service unavailable",
        ResolutionNotes = "Index rebuilt.",
    };

    public static SurveyResponse Nps(int score = 9, NpsCategory? category = NpsCategory.Promoter) => new()
    {
        ResponseId = $"NPS-{score:D6}",
        ClientId = ClientId,
        SurveyType = SurveyType.Nps,
        SurveyId = "nps_in_app",
        Score = score,
        NpsCategory = category,
        RespondentEmail = "vera.oakes@kestrelholm-logistics.test",
        RespondentName = "Vera Oakes",
        Comment = "Saves us hours each week.",
        SentAt = At.AddMinutes(-20),
        RespondedAt = At,
    };

    public static SurveyResponse Csat(int score = 4) => new()
    {
        ResponseId = $"CSAT-{score:D6}",
        ClientId = ClientId,
        SurveyType = SurveyType.Csat,
        SurveyId = "ticket_csat",
        Score = score,
        TicketId = "TKT-000123",
        SentAt = At.AddHours(3),
        RespondedAt = At.AddHours(4),
    };

    public static HealthSnapshot Snapshot() => new()
    {
        ClientId = ClientId,
        CalculatedAt = At,
        LookbackDays = 30,
        ScoringModel = "weighted_composite",
        UsageScore = 80.25m,
        EngagementScore = 61m,
        SupportScore = 45.5m,
        SatisfactionScore = null,
        PaymentScore = 100m,
        UsageWeight = 0.4118m,
        EngagementWeight = 0.2941m,
        SupportWeight = 0.1765m,
        SatisfactionWeight = 0m,
        PaymentWeight = 0.1176m,
        OverallScore = 71,
        PreviousOverallScore = 78,
        Trend = HealthTrend.Declining,
        Inputs = new() { ["tickets_in_window"] = "6", ["nps_responses_in_window"] = "" },
    };

    public static LifecycleStageChange StageChange() => new()
    {
        ClientId = ClientId,
        FromStage = LifecycleStage.Active,
        ToStage = LifecycleStage.AtRisk,
        ChangedAt = At,
        Reason = "Active users fell by more than half",
        ChangedBy = "Ada Larkspur",
    };
}
