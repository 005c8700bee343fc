namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>What one client's health facts were computed from: the window and the stored records counted in it.</summary>
/// <param name="UsagePeriods">Stored usage periods overlapping the window.</param>
/// <param name="UsageGranularity">Granularity of those periods (the finest stored one is used); null without usage data.</param>
/// <param name="UsageDaysCovered">Days of the window the usage periods cover.</param>
/// <param name="FeaturesInUse">Adopted features first used by the window end and last used after the window start.</param>
/// <param name="FeaturesAvailable">Catalogue features the client's tier offers, released by the window end.</param>
/// <param name="EngagementEvents">Engagement events in the window.</param>
/// <param name="LastEngagementAt">The latest engagement event up to the window end; null when there was none.</param>
/// <param name="SupportTickets">Tickets created in the window.</param>
/// <param name="NpsResponses">NPS answers in the window.</param>
/// <param name="CsatResponses">CSAT answers in the window.</param>
/// <param name="ContractId">The contract the payment facts come from (latest by renewal date among those started by the window end).</param>
/// <param name="PaymentSource">contract_payment_status (the stored status, for a window ending today or later) or invoices_as_of_window_end (derived from the invoice history for past windows); null without a contract.</param>
public sealed record HealthFactsBasis(
    DateTime WindowStart,
    DateTime WindowEnd,
    int LookbackDays,
    int UsagePeriods,
    string? UsageGranularity,
    int UsageDaysCovered,
    int FeaturesInUse,
    int FeaturesAvailable,
    int EngagementEvents,
    DateTime? LastEngagementAt,
    int SupportTickets,
    int NpsResponses,
    int CsatResponses,
    string? ContractId,
    string? PaymentSource)
{
    public const string StoredPaymentStatus = "contract_payment_status";
    public const string InvoicePaymentStatus = "invoices_as_of_window_end";
}
