namespace CsMcp.Domain.Feedback;

/// <summary>The cadence of a voice-of-customer report; it sets the default period length.</summary>
public enum VocReportType
{
    Weekly,
    Monthly,
    Quarterly,
    Annual,
}
