using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Features;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Domain.Usage;
using CsMcp.Infrastructure.Persistence;

namespace CsMcp.Application.Tests.Features.Retention;

/// <summary>
/// Three live clients and one churned one around TestClock.Now (2026-06-15 12:00 UTC). With the default 30-day lookback the
/// current window is the days 2026-05-17..06-15 and the previous one 2026-04-17..05-16. The health each window gives:
/// <list type="bullet">
/// <item>Decliner (professional, ARR 100,000, renewal 2026-07-05, overdue): usage 31 (20 of 50 active, was 40), engagement 18
/// (last touch 2026-04-01), support 78 (4 tickets, one P1; 1 before), satisfaction 0 (NPS -100; was 100), payment 50 -> health 32, previously 60.</item>
/// <item>Steady (enterprise, ARR 200,000, renewal 2027-01-01, current): usage 47, engagement 91, support 100, satisfaction 100, payment 100 -> 79, previously 54.</item>
/// <item>Mid (standard, ARR 50,000, renewal 2026-08-29, late): usage 47, engagement 91, support 100, no surveys, payment 80 -> 73, previously 54.</item>
/// </list>
/// </summary>
public static class ChurnDataset
{
    public const string Decliner = "cs_decliner";
    public const string Steady = "cs_steady";
    public const string Mid = "cs_mid";
    public const string Gone = "cs_gone";

    public static DateTime At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    public static async Task SeedAsync(CsMcpDbContext db)
    {
        db.Clients.AddRange(
            NewClient(Decliner, "Decliner", ClientTier.Professional, 100_000m, new DateOnly(2026, 7, 5), "Dana Lee"),
            NewClient(Steady, "Steady", ClientTier.Enterprise, 200_000m, new DateOnly(2027, 1, 1), "Sam Ortiz"),
            NewClient(Mid, "Mid", ClientTier.Standard, 50_000m, new DateOnly(2026, 8, 29), null),
            NewClient(Gone, "Gone", ClientTier.Starter, 10_000m, new DateOnly(2026, 3, 1), null, churned: true));
        db.Features.AddRange(
            new Feature { FeatureId = "feat_a", Name = "A", Description = "A", MinimumTier = ClientTier.Starter, ReleasedOn = new DateOnly(2025, 1, 1) },
            new Feature { FeatureId = "feat_b", Name = "B", Description = "B", MinimumTier = ClientTier.Starter, ReleasedOn = new DateOnly(2025, 1, 1) });
        await db.SaveChangesAsync();

        foreach (var id in new[] { Decliner, Steady, Mid })
        {
            db.FeatureAdoptions.Add(new FeatureAdoption
            {
                ClientId = id, FeatureId = "feat_a", FirstUsedAt = At(1, 1), LastUsedAt = At(6, 10), ActiveUsers = 5, UsageCount = 10, UpdatedAt = At(6, 10),
            });
            db.UsagePeriods.Add(Usage(id, new DateOnly(2026, 4, 17), new DateOnly(2026, 5, 16), 40));
            db.UsagePeriods.Add(Usage(id, new DateOnly(2026, 5, 17), new DateOnly(2026, 6, 15), id == Decliner ? 20 : 40));
        }

        db.EngagementEvents.Add(Meeting(Decliner, At(4, 1)));
        foreach (var id in new[] { Steady, Mid })
            db.EngagementEvents.AddRange(Meeting(id, At(6, 13)), Meeting(id, At(6, 5)), Meeting(id, At(5, 28)), Meeting(id, At(5, 20)));

        db.SupportTickets.AddRange(
            Ticket(Decliner, "TKT-1", TicketPriority.P1, At(6, 1)),
            Ticket(Decliner, "TKT-2", TicketPriority.P3, At(6, 2)),
            Ticket(Decliner, "TKT-3", TicketPriority.P3, At(6, 3)),
            Ticket(Decliner, "TKT-4", TicketPriority.P3, At(6, 4)),
            Ticket(Decliner, "TKT-5", TicketPriority.P3, At(5, 1)));
        db.SurveyResponses.AddRange(
            Nps(Decliner, "NPS-1", 3, At(6, 1), "Too many outages."),
            Nps(Decliner, "NPS-2", 4, At(6, 2), null),
            Nps(Decliner, "NPS-3", 9, At(5, 1), null),
            Nps(Decliner, "NPS-4", 10, At(5, 2), null),
            Nps(Steady, "NPS-5", 9, At(6, 1), null),
            Nps(Steady, "NPS-6", 10, At(6, 2), null));
        db.Contracts.AddRange(
            Contract(Decliner, "CNT-1", new DateOnly(2026, 7, 5), PaymentStatus.Overdue, 100_000m),
            Contract(Steady, "CNT-2", new DateOnly(2027, 1, 1), PaymentStatus.Current, 200_000m),
            Contract(Mid, "CNT-3", new DateOnly(2026, 8, 29), PaymentStatus.Late, 50_000m));
        await db.SaveChangesAsync();
    }

    private static Client NewClient(string id, string name, ClientTier tier, decimal arr, DateOnly renewal, string? csm, bool churned = false) => new()
    {
        ClientId = id,
        ClientName = name,
        NormalizedName = Client.NormalizeName(name),
        CompanyName = $"{name} Ltd",
        Tier = tier,
        LifecycleStage = churned ? LifecycleStage.Churned : LifecycleStage.Active,
        Status = churned ? AccountStatus.Churned : AccountStatus.Active,
        ContractValue = arr,
        ContractStartDate = renewal.AddYears(-1),
        ContractEndDate = renewal.AddDays(-1),
        RenewalDate = renewal,
        CsmAssigned = csm,
        CreatedAt = At(1, 1),
        UpdatedAt = At(1, 1),
    };

    private static UsagePeriod Usage(string client, DateOnly start, DateOnly end, int active) => new()
    {
        ClientId = client,
        Granularity = UsageGranularity.Monthly,
        PeriodStart = start,
        PeriodEnd = end,
        TotalUsers = 50,
        ActiveUsers = active,
        DailyActiveUsers = active / 3,
        WeeklyActiveUsers = active / 2,
        MonthlyActiveUsers = active,
        CreatedAt = end.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
    };

    private static EngagementEvent Meeting(string client, DateTime at) =>
        new() { ClientId = client, EventType = EngagementType.Meeting, OccurredAt = at, DurationMinutes = 30 };

    private static SupportTicket Ticket(string client, string id, TicketPriority priority, DateTime created) => new()
    {
        TicketId = id, ClientId = client, Subject = "Subject", Description = "Description", Priority = priority,
        RequesterEmail = "user@client.test", RequesterName = "User", CreatedAt = created, UpdatedAt = created,
        SlaFirstResponseMinutes = 60, SlaResolutionMinutes = 480,
    };

    private static SurveyResponse Nps(string client, string id, int score, DateTime at, string? comment) => new()
    {
        ResponseId = id, ClientId = client, SurveyType = SurveyType.Nps, SurveyId = "nps", Score = score,
        NpsCategory = SurveyScales.NpsCategoryOf(score), Comment = comment, RespondedAt = at,
    };

    private static Contract Contract(string client, string id, DateOnly renewal, PaymentStatus status, decimal arr) => new()
    {
        ContractId = id, ClientId = client, ContractValue = arr, StartDate = renewal.AddYears(-1), EndDate = renewal.AddDays(-1),
        RenewalDate = renewal, PaymentStatus = status, IncludedUsers = 50, CreatedAt = At(1, 1), UpdatedAt = At(1, 1),
    };
}
