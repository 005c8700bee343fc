using CsMcp.Domain.Retention;

namespace CsMcp.Application.Features.Retention.AnalyzeChurnPostmortem;

/// <param name="Scope">client (one churned client) or portfolio (every churn in the period).</param>
public sealed record AnalyzeChurnPostmortemResult(
    string Scope,
    ClientPostmortem? Client,
    PortfolioChurn? Portfolio,
    string Message);

/// <param name="ChurnDateSource">argument, churn_record or lifecycle_change.</param>
/// <param name="TenureMonths">Whole calendar months from the first contract start to the churn date.</param>
/// <param name="LifetimeValue">lost_arr x tenure_months / 12.</param>
/// <param name="HealthTrajectory">Health every 30 days over the 180 days before the churn (oldest first); overall null where nothing was recorded.</param>
/// <param name="WarningSigns">Each sign that held without a break until the churn, earliest first, with how many days before the churn it was visible.</param>
/// <param name="ContributingFactors">Health components at the churn date ranked by the points they cost ((100 - score) x weight); the recorded reason first.</param>
/// <param name="ChurnRecord">The stored churn record after this call (reason, details); null when none was ever recorded.</param>
public sealed record ClientPostmortem(
    string ClientId,
    string ClientName,
    DateOnly ChurnDate,
    string ChurnDateSource,
    decimal LostArr,
    DateOnly CustomerSince,
    int TenureMonths,
    decimal LifetimeValue,
    IReadOnlyList<TrajectoryPoint> HealthTrajectory,
    IReadOnlyList<WarningSign> WarningSigns,
    IReadOnlyList<ContributingFactor> ContributingFactors,
    ChurnRecordView? ChurnRecord,
    bool ChurnReasonRecorded);

public sealed record TrajectoryPoint(DateOnly Date, int DaysBeforeChurn, int? Overall, decimal? UsageScore, decimal? EngagementScore,
    decimal? SupportScore, decimal? SatisfactionScore, decimal? PaymentScore);

/// <param name="Source">recorded_reason or health_component.</param>
/// <param name="PointsLost">(100 - score) x applied weight at the churn date; null for the recorded reason.</param>
public sealed record ContributingFactor(int Rank, string Factor, string Source, decimal? PointsLost, string Evidence);

public sealed record ChurnRecordView(DateOnly ChurnedOn, ChurnReason Reason, string? Details, decimal LostArr, DateTime RecordedAt);

/// <param name="ByReason">Churns and lost ARR per recorded reason; churns without a record count as unrecorded.</param>
public sealed record PortfolioChurn(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int ChurnedClients,
    decimal LostArr,
    IReadOnlyList<ReasonTotal> ByReason,
    IReadOnlyList<ChurnedClient> Clients,
    bool Truncated);

public sealed record ReasonTotal(string Reason, int Clients, decimal LostArr, decimal ShareOfLostArr);

public sealed record ChurnedClient(string ClientId, string ClientName, DateOnly ChurnDate, string Reason, decimal LostArr);
