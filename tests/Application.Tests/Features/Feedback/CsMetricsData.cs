using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Features;
using CsMcp.Domain.Health;
using CsMcp.Domain.Lifecycle;
using CsMcp.Domain.Retention;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Infrastructure.Persistence;

namespace CsMcp.Application.Tests.Features.Feedback;

/// <summary>Fixed rows for track_cs_metrics around the test clock (2026-06-15 12:00 UTC); each test seeds only what it reads.</summary>
internal static class CsMetricsData
{
    private static int _sequence;

    public static DateTime At(int month, int day) => new(2026, month, day, 10, 0, 0, DateTimeKind.Utc);

    public static Client Client(string id, ClientTier tier, string industry, DateOnly since) => new()
    {
        ClientId = id,
        ClientName = id,
        NormalizedName = id.ToUpperInvariant(),
        CompanyName = id,
        Tier = tier,
        Industry = industry,
        ContractStartDate = since,
        ContractEndDate = since.AddYears(1),
        RenewalDate = since.AddYears(1),
        CreatedAt = since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        UpdatedAt = since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
    };

    /// <summary>A: enterprise, Technology, customer since 2025-01-01. B: starter, Healthcare, since 2025-06-01.</summary>
    public static void AddClientsAB(CsMcpDbContext db) => db.Clients.AddRange(
        Client("c-a", ClientTier.Enterprise, "Technology", new(2025, 1, 1)),
        Client("c-b", ClientTier.Starter, "Healthcare", new(2025, 6, 1)));

    public static SurveyResponse Survey(string clientId, SurveyType type, int score, DateTime at) => new()
    {
        ResponseId = $"R-{Interlocked.Increment(ref _sequence):D5}",
        ClientId = clientId,
        SurveyType = type,
        SurveyId = "test",
        Score = score,
        NpsCategory = type == SurveyType.Nps ? SurveyScales.NpsCategoryOf(score) : null,
        RespondedAt = at,
    };

    /// <summary>
    /// NPS: A 04-12 10, 04-20 9, 06-02 9, 06-10 6, 06-11 10; B 04-15 6, 06-05 9.
    /// Portfolio: April 10, 9, 6 -> 33; May none; June 9, 9, 6, 10 -> 50; whole period 5 promoters, 2 detractors of 7 -> 43.
    /// A alone: April 100, June 33, whole 60. B alone: 0.
    /// </summary>
    public static void AddNps(CsMcpDbContext db) => db.SurveyResponses.AddRange(
        Survey("c-a", SurveyType.Nps, 10, At(4, 12)), Survey("c-a", SurveyType.Nps, 9, At(4, 20)), Survey("c-a", SurveyType.Nps, 9, At(6, 2)),
        Survey("c-a", SurveyType.Nps, 6, At(6, 10)), Survey("c-a", SurveyType.Nps, 10, At(6, 11)),
        Survey("c-b", SurveyType.Nps, 6, At(4, 15)), Survey("c-b", SurveyType.Nps, 9, At(6, 5)));

    public static SupportTicket Ticket(string clientId, int? rating, DateTime resolvedAt) => new()
    {
        TicketId = $"TKT-{Interlocked.Increment(ref _sequence):D6}",
        ClientId = clientId,
        Subject = "Question",
        Description = "Question",
        RequesterEmail = "pat@example.com",
        RequesterName = "Pat",
        Status = TicketStatus.Resolved,
        CreatedAt = resolvedAt.AddDays(-1),
        UpdatedAt = resolvedAt,
        ResolvedAt = resolvedAt,
        SatisfactionRating = rating,
    };

    public static HealthSnapshot Snapshot(string clientId, DateTime at, int overall, decimal? engagement = null) => new()
    {
        ClientId = clientId,
        CalculatedAt = at,
        LookbackDays = 30,
        ScoringModel = "weighted_composite",
        OverallScore = overall,
        EngagementScore = engagement,
    };

    public static Contract Term(string clientId, DateOnly start, DateOnly end, decimal value) => new()
    {
        ContractId = $"CNT-{Interlocked.Increment(ref _sequence):D6}",
        ClientId = clientId,
        StartDate = start,
        EndDate = end,
        RenewalDate = end.AddDays(1),
        ContractValue = value,
    };

    public static LifecycleStageChange Move(string clientId, LifecycleStage? from, LifecycleStage to, DateTime at) => new()
    {
        ClientId = clientId,
        FromStage = from,
        ToStage = to,
        ChangedAt = at,
    };

    public static ChurnRecord Churn(string clientId, DateOnly on) => new() { ClientId = clientId, ChurnedOn = on, Reason = ChurnReason.Cost };

    public static Feature Feature(string id, ClientTier minimumTier, DateOnly released, FeatureCategory category = FeatureCategory.Core) => new()
    {
        FeatureId = id,
        Category = category,
        Name = id,
        Description = id,
        MinimumTier = minimumTier,
        ReleasedOn = released,
    };

    public static FeatureAdoption Adoption(string clientId, string featureId, DateTime firstUsed) => new()
    {
        ClientId = clientId,
        FeatureId = featureId,
        FirstUsedAt = firstUsed,
        LastUsedAt = firstUsed,
        UpdatedAt = firstUsed,
    };
}
