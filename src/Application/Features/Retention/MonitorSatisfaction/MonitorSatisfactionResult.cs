using CsMcp.Domain.Surveys;

namespace CsMcp.Application.Features.Retention.MonitorSatisfaction;

/// <param name="Scope">client or portfolio.</param>
/// <param name="Nps">Null when survey_type excludes NPS.</param>
/// <param name="Detractors">The period's NPS detractors (0-6), newest first, up to detractor_limit.</param>
/// <param name="DetractorCount">All detractor answers in the period, however many are listed.</param>
/// <param name="Basis">What the figures were computed from.</param>
public sealed record MonitorSatisfactionResult(
    string Scope,
    string? ClientId,
    string? ClientName,
    Period Period,
    Period PreviousPeriod,
    NpsMeasure? Nps,
    ScaleMeasure? Csat,
    ScaleMeasure? Ces,
    IReadOnlyList<DetractorResponse> Detractors,
    int DetractorCount,
    IReadOnlyList<SatisfactionAlert> Alerts,
    string Basis);

/// <param name="Start">First instant included (UTC).</param>
/// <param name="End">First instant after the period (UTC).</param>
public sealed record Period(DateTime Start, DateTime End, int Days);

/// <param name="Change">Current minus previous NPS; null unless both periods have answers.</param>
/// <param name="Trend">improving (+5 or more), declining (-5 or less), stable; null unless both periods have answers.</param>
public sealed record NpsMeasure(NpsFigures? Current, NpsFigures? Previous, int? Change, SatisfactionTrend? Trend, string Formula);

/// <param name="Change">Current minus previous average; null unless both periods have answers.</param>
/// <param name="Trend">improving (+0.2 or more), declining (-0.2 or less), stable; null unless both periods have answers.</param>
public sealed record ScaleMeasure(string Scale, ScaleFigures? Current, ScaleFigures? Previous, decimal? Change, SatisfactionTrend? Trend);

public sealed record DetractorResponse(string ResponseId, string ClientId, string ClientName, int Score, string? Comment, string? RespondentName, DateTime RespondedAt);
