using CsMcp.Application.Common.Portfolio;
using CsMcp.Domain.Feedback;
using CsMcp.Domain.Surveys;

namespace CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;

/// <param name="Report">create_voc_report: the stored report; null otherwise.</param>
/// <param name="FeedbackLoop">track_feedback_loop: loop figures over the period's feedback; null otherwise.</param>
/// <param name="ProgramEffectiveness">measure_program_effectiveness; null otherwise.</param>
/// <param name="ExecutiveSummary">generate_executive_summary (computed, not stored); null otherwise.</param>
/// <param name="Closure">close_feedback_loop: what was closed, or the open loops that could be; null otherwise.</param>
/// <param name="Roadmap">update_customer_roadmap: the change, if any, and insights by roadmap status; null otherwise.</param>
public sealed record ManageVoiceOfCustomerResult(
    VocAction Action,
    string Message,
    string? ClientId,
    AppliedScope FiltersApplied,
    VocPeriod Period,
    VocReportView? Report,
    FeedbackLoopSummary? FeedbackLoop,
    ProgramEffectiveness? ProgramEffectiveness,
    ExecutiveSummary? ExecutiveSummary,
    LoopClosure? Closure,
    RoadmapView? Roadmap,
    string ComputedFrom,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Notes);

public sealed record VocPeriod(DateOnly Start, DateOnly End, int Days);

/// <param name="Replayed">True when a repeated idempotency_key returned the stored report (nothing sent again).</param>
public sealed record VocReportView(string ReportId, bool Replayed, VocReportType ReportType, VocAudience TargetAudience, VocSections Sections,
    VocDelivery Delivery, DateTime CreatedAt);

/// <summary>Each section is null when its include_* flag is false.</summary>
public sealed record VocSections(VocSentiment? Sentiment, VocSurveys? Nps, VocInsights? ProductInsights, IReadOnlyList<VocQuote>? CustomerQuotes);

/// <param name="OverallScore">Weighted sentiment, -1 to 1; null without feedback in the period.</param>
/// <param name="PreviousScore">The same over the previous period of equal length; null without feedback there.</param>
public sealed record VocSentiment(int TotalFeedbackItems, decimal? OverallScore, SentimentLabel? OverallSentiment, int VeryPositiveCount, int PositiveCount,
    int NeutralCount, int NegativeCount, int VeryNegativeCount, decimal? PreviousScore, decimal? PercentChange, SentimentTrend Trend,
    string? HealthStatus, int? HealthScore);

/// <param name="Nps">Null without NPS answers in the period.</param>
/// <param name="Csat">Null without CSAT answers in the period.</param>
public sealed record VocSurveys(NpsFigures? Nps, ScaleFigures? Csat);

/// <param name="ByRoadmapStatus">Counts per roadmap status code, and not_on_roadmap.</param>
public sealed record VocInsights(int Created, IReadOnlyDictionary<string, int> ByType, IReadOnlyDictionary<string, int> ByRoadmapStatus, IReadOnlyList<InsightLine> Top);

public sealed record InsightLine(string InsightId, string Title, ProductInsightType InsightType, FeedbackPriority Priority, decimal BusinessValueScore,
    InsightUrgency Urgency, int AffectedCustomers, RoadmapStatus? RoadmapStatus, DateTime CreatedAt);

/// <param name="Excerpt">The stored content, cut at 240 characters.</param>
public sealed record VocQuote(string FeedbackId, string ClientId, string Title, string Excerpt, SentimentLabel Sentiment, DateTime SubmittedAt);

/// <param name="DeliveryStatus">sent, or "not sent: ..." with the reason (e.g. email not configured).</param>
public sealed record VocDelivery(string Format, string Method, IReadOnlyList<string> Recipients, string DeliveryStatus);

/// <param name="ClosureRate">Closed / total, 0-1; null without feedback.</param>
/// <param name="AverageDaysToClose">Mean days from submission to closure of the closed items; null when none is closed.</param>
public sealed record FeedbackLoopSummary(int TotalItems, int ClosedLoops, int OpenLoops, decimal? ClosureRate, int FollowUpsOverdue, decimal? AverageDaysToClose,
    IReadOnlyList<LoopGroup> ByOwner, IReadOnlyList<LoopGroup> ByPriority, IReadOnlyList<OpenLoop> OldestOpen);

public sealed record LoopGroup(string Key, int Total, int Closed, int Open, int Overdue, decimal? ClosureRate);

public sealed record OpenLoop(string FeedbackId, string ClientId, string Title, FeedbackPriority Priority, string Owner, DateTime SubmittedAt, int AgeDays,
    DateOnly? FollowUpDue, bool Overdue);

/// <param name="CollectionRate">Scoped clients with feedback in the period / scoped clients; null without clients.</param>
/// <param name="SurveyResponseRate">Always null: only answered surveys are stored, so nothing counts the unanswered sends.</param>
/// <param name="AverageHoursToRespond">Mean hours from sent_at to responded_at of the period's answers that record sent_at; null when none does.</param>
/// <param name="FollowUpOnTimeRate">Follow-ups closed by their due date / follow-ups due (closed, or open past due); null when none is due.</param>
/// <param name="InsightConversionRate">Period feedback cited by a product insight / period feedback; null without feedback.</param>
public sealed record ProgramEffectiveness(int ScopedClients, int ClientsWithFeedback, decimal? CollectionRate, int SurveyAnswers, decimal? SurveyResponseRate,
    decimal? AverageHoursToRespond, decimal? LoopClosureRate, int FollowUpsDue, int FollowUpsOnTime, decimal? FollowUpOnTimeRate, int FeedbackInInsights,
    decimal? InsightConversionRate, RoadmapOutcomes RoadmapOutcomes);

/// <param name="ShippedRate">Shipped / insights with a roadmap status; null when none has one.</param>
public sealed record RoadmapOutcomes(int Insights, int NotOnRoadmap, int UnderReview, int Planned, int InProgress, int Shipped, int Declined, decimal? ShippedRate);

public sealed record ExecutiveSummary(VocAudience TargetAudience, VocPeriod PreviousPeriod, IReadOnlyList<Headline> Headlines, IReadOnlyList<string> Highlights);

/// <param name="Direction">up, down, flat, or unknown when either side is missing.</param>
public sealed record Headline(string Metric, decimal? Current, decimal? Previous, decimal? Change, string Direction);

/// <param name="Items">close_feedback_loop with feedback_ids: each id's outcome; empty otherwise.</param>
/// <param name="OpenLoops">Without feedback_ids: the oldest open loops in scope (at most 25); empty otherwise.</param>
public sealed record LoopClosure(int Closed, int AlreadyClosed, IReadOnlyList<ClosedLoopItem> Items, int OpenTotal, IReadOnlyList<OpenLoop> OpenLoops);

/// <param name="Outcome">closed, or already_closed (left as it was).</param>
/// <param name="Notification">sent, or "not notified: ..." with the reason.</param>
public sealed record ClosedLoopItem(string FeedbackId, string ClientId, string Outcome, DateTime? ClosedAt, string? ClosureNotes, string Notification);

/// <param name="Change">The status given to insight_id; null when only listing.</param>
/// <param name="ByStatus">Counts per roadmap status code, and not_on_roadmap, over the scoped insights.</param>
public sealed record RoadmapView(RoadmapChange? Change, int Total, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyList<InsightLine> Insights);

/// <param name="Changed">False when the insight already had this status (nothing written).</param>
public sealed record RoadmapChange(string InsightId, RoadmapStatus? PreviousStatus, RoadmapStatus RoadmapStatus, bool Changed, IReadOnlyList<string> TimelineClients);
