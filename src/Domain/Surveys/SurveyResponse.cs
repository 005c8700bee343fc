namespace CsMcp.Domain.Surveys;

/// <summary>
/// One answer to an NPS, CSAT or CES survey (the original's <c>nps_responses</c>, widened to the three survey types).
/// Scales: NPS 0-10 with its category, CSAT 1-5 (5 = very satisfied), CES 1-7 (7 = very easy, the CES 2.0 agreement scale).
/// </summary>
public sealed class SurveyResponse
{
    public const int MaxResponseIdLength = 50;
    public const int MaxSurveyIdLength = 50;

    public long Id { get; set; }

    /// <summary>Business key, <c>NPS-</c>, <c>CSAT-</c> or <c>CES-</c> followed by digits.</summary>
    public required string ResponseId { get; set; }

    public required string ClientId { get; set; }
    public SurveyType SurveyType { get; set; }

    /// <summary>The survey or campaign this answers, e.g. <c>nps_2026_q2</c> or <c>ticket_csat</c>.</summary>
    public required string SurveyId { get; set; }

    public int Score { get; set; }

    /// <summary>Set for NPS answers only, always consistent with <see cref="Score"/>.</summary>
    public NpsCategory? NpsCategory { get; set; }

    public string? RespondentEmail { get; set; }
    public string? RespondentName { get; set; }
    public string? Comment { get; set; }

    /// <summary>The ticket a CSAT or CES answer rates; null for relationship surveys.</summary>
    public string? TicketId { get; set; }

    public DateTime? SentAt { get; set; }
    public DateTime RespondedAt { get; set; }
}
