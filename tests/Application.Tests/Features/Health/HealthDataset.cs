using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Features;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Domain.Usage;
using CsMcp.Infrastructure.Persistence;

namespace CsMcp.Application.Tests.Features.Health;

/// <summary>
/// A small fixed dataset around TestClock.Now (2026-06-15 12:00 UTC). With a 30-day lookback the window is the days
/// 2026-05-17..2026-06-15. Every row sits just inside or just outside an edge; the expected facts are in the tests.
/// </summary>
public static class HealthDataset
{
    public const string Alpha = "cs_alpha";
    public const string Bare = "cs_bare";
    public const string Gamma = "cs_gamma";

    public static DateTime At(int month, int day, int hour = 10, int minute = 0, int second = 0) =>
        new(2026, month, day, hour, minute, second, DateTimeKind.Utc);

    public static async Task SeedAsync(CsMcpDbContext db)
    {
        db.Clients.AddRange(
            NewClient(Alpha, "Alpha", ClientTier.Professional, LifecycleStage.Active, 120_000m),
            NewClient(Bare, "Bare", ClientTier.Starter, LifecycleStage.Onboarding, 5_000m),
            NewClient(Gamma, "Gamma", ClientTier.Enterprise, LifecycleStage.AtRisk, 300_000m));
        db.Features.AddRange(
            NewFeature("feat_dashboards", ClientTier.Starter, new DateOnly(2025, 1, 1)),
            NewFeature("feat_workflows", ClientTier.Professional, new DateOnly(2025, 1, 1)),
            NewFeature("feat_sso", ClientTier.Enterprise, new DateOnly(2025, 1, 1)),
            NewFeature("feat_ai_assist", ClientTier.Starter, new DateOnly(2026, 7, 1)));
        await db.SaveChangesAsync();

        // Alpha: every source, with rows on both sides of each window edge.
        db.FeatureAdoptions.AddRange(
            Adoption(Alpha, "feat_dashboards", At(1, 1), At(6, 10)),
            Adoption(Alpha, "feat_workflows", At(1, 1), At(5, 10)));
        db.UsagePeriods.AddRange(
            Usage(Alpha, new DateOnly(2026, 4, 2), new DateOnly(2026, 5, 1), 60, 55, 2_000),
            Usage(Alpha, new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 31), 60, 40, 600),
            Usage(Alpha, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), 60, 50, 900));
        db.EngagementEvents.AddRange(
            Event(Alpha, At(6, 12)),
            Event(Alpha, At(5, 20)),
            Event(Alpha, At(5, 16, 23, 59, 59)),
            Event(Alpha, At(6, 16, 9)));
        db.SupportTickets.AddRange(
            Ticket(Alpha, "TKT-1001", TicketPriority.P1, At(6, 1)),
            Ticket(Alpha, "TKT-1002", TicketPriority.P3, At(5, 18)),
            Ticket(Alpha, "TKT-1003", TicketPriority.P0, At(5, 10)));
        db.SurveyResponses.AddRange(
            Survey(Alpha, "NPS-1", SurveyType.Nps, 10, At(6, 1)),
            Survey(Alpha, "NPS-2", SurveyType.Nps, 9, At(5, 20)),
            Survey(Alpha, "NPS-3", SurveyType.Nps, 6, At(6, 2)),
            Survey(Alpha, "NPS-4", SurveyType.Nps, 8, At(5, 1)),
            Survey(Alpha, "CSAT-1", SurveyType.Csat, 4, At(6, 3)),
            Survey(Alpha, "CSAT-2", SurveyType.Csat, 5, At(6, 4)),
            Survey(Alpha, "CES-1", SurveyType.Ces, 7, At(6, 4)));
        db.Contracts.AddRange(
            NewContract(Alpha, "CNT-1", new DateOnly(2025, 7, 1), new DateOnly(2026, 7, 1), PaymentStatus.Late),
            NewContract(Alpha, "CNT-2", new DateOnly(2026, 7, 1), new DateOnly(2027, 7, 1), PaymentStatus.Current));

        // Gamma: a healthy enterprise account with usage, one engagement and a current contract; no tickets or surveys.
        db.UsagePeriods.Add(Usage(Gamma, new DateOnly(2026, 5, 16), new DateOnly(2026, 6, 14), 100, 90, 2_700));
        db.EngagementEvents.Add(Event(Gamma, At(6, 15, 9)));
        db.FeatureAdoptions.AddRange(
            Adoption(Gamma, "feat_dashboards", At(1, 1), At(6, 14)),
            Adoption(Gamma, "feat_workflows", At(1, 1), At(6, 14)),
            Adoption(Gamma, "feat_sso", At(1, 1), At(6, 14)));
        db.Contracts.Add(NewContract(Gamma, "CNT-3", new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), PaymentStatus.Current));
        await db.SaveChangesAsync();

        db.Invoices.AddRange(
            NewInvoice(Alpha, "CNT-1", "INV-1", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 5)),
            NewInvoice(Alpha, "CNT-1", "INV-2", new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 5)));
        await db.SaveChangesAsync();
    }

    public static Client NewClient(string id, string name, ClientTier tier, LifecycleStage stage, decimal arr) => new()
    {
        ClientId = id,
        ClientName = name,
        NormalizedName = Client.NormalizeName(name),
        CompanyName = $"{name} Ltd",
        Tier = tier,
        LifecycleStage = stage,
        ContractValue = arr,
        ContractStartDate = new DateOnly(2025, 7, 1),
        ContractEndDate = new DateOnly(2026, 6, 30),
        RenewalDate = new DateOnly(2026, 7, 1),
        CreatedAt = At(1, 1),
        UpdatedAt = At(1, 1),
    };

    private static Feature NewFeature(string id, ClientTier minimum, DateOnly released) =>
        new() { FeatureId = id, Name = id, Description = id, MinimumTier = minimum, ReleasedOn = released };

    private static FeatureAdoption Adoption(string client, string feature, DateTime first, DateTime last) =>
        new() { ClientId = client, FeatureId = feature, FirstUsedAt = first, LastUsedAt = last, ActiveUsers = 5, UsageCount = 50, UpdatedAt = last };

    public static UsagePeriod Usage(string client, DateOnly start, DateOnly end, int total, int active, int logins) => new()
    {
        ClientId = client,
        Granularity = UsageGranularity.Monthly,
        PeriodStart = start,
        PeriodEnd = end,
        TotalUsers = total,
        ActiveUsers = active,
        DailyActiveUsers = active / 3,
        WeeklyActiveUsers = active / 2,
        MonthlyActiveUsers = active,
        TotalLogins = logins,
        TotalSessionMinutes = logins * 20L,
        TotalActions = logins * 8L,
        CreatedAt = end.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
    };

    public static EngagementEvent Event(string client, DateTime at) =>
        new() { ClientId = client, EventType = EngagementType.Meeting, OccurredAt = at, DurationMinutes = 30 };

    private static SupportTicket Ticket(string client, string id, TicketPriority priority, DateTime created) => new()
    {
        TicketId = id,
        ClientId = client,
        Subject = "Subject",
        Description = "Description",
        Priority = priority,
        RequesterEmail = "user@alpha.test",
        RequesterName = "User",
        CreatedAt = created,
        UpdatedAt = created,
        SlaFirstResponseMinutes = 60,
        SlaResolutionMinutes = 480,
    };

    private static SurveyResponse Survey(string client, string id, SurveyType type, int score, DateTime at) => new()
    {
        ResponseId = id,
        ClientId = client,
        SurveyType = type,
        SurveyId = "survey",
        Score = score,
        NpsCategory = type == SurveyType.Nps ? SurveyScales.NpsCategoryOf(score) : null,
        RespondedAt = at,
    };

    private static Contract NewContract(string client, string id, DateOnly start, DateOnly renewal, PaymentStatus status) => new()
    {
        ContractId = id,
        ClientId = client,
        ContractValue = 120_000m,
        StartDate = start,
        EndDate = renewal.AddDays(-1),
        RenewalDate = renewal,
        PaymentStatus = status,
        IncludedUsers = 60,
        CreatedAt = At(1, 1),
        UpdatedAt = At(1, 1),
    };

    private static Invoice NewInvoice(string client, string contract, string id, DateOnly issued, DateOnly due, DateOnly? paid) => new()
    {
        InvoiceId = id,
        ClientId = client,
        ContractId = contract,
        Amount = 10_000m,
        IssuedOn = issued,
        DueOn = due,
        PaidOn = paid,
        Status = paid is null ? InvoiceStatus.Open : InvoiceStatus.Paid,
    };
}
