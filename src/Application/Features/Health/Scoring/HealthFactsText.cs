using System.Globalization;
using CsMcp.Domain.Common;
using CsMcp.Domain.Contracts;

namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>The facts and their basis as snake_case strings (a snapshot's inputs column), invariant culture.</summary>
internal static class HealthFactsText
{
    public static Dictionary<string, string> From(ClientHealthFacts facts)
    {
        var b = facts.Basis;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["window_start"] = Instant(b.WindowStart),
            ["window_end"] = Instant(b.WindowEnd),
            ["lookback_days"] = Text(b.LookbackDays),
            ["usage_periods"] = Text(b.UsagePeriods),
            ["usage_days_covered"] = Text(b.UsageDaysCovered),
            ["features_in_use"] = Text(b.FeaturesInUse),
            ["features_available"] = Text(b.FeaturesAvailable),
            ["engagement_events"] = Text(b.EngagementEvents),
            ["support_tickets"] = Text(b.SupportTickets),
            ["nps_responses"] = Text(b.NpsResponses),
            ["csat_responses"] = Text(b.CsatResponses),
        };
        var inputs = facts.Inputs;
        if (inputs.Usage is { } usage)
        {
            values["licensed_users"] = Text(usage.LicensedUsers);
            values["average_active_users"] = Text(usage.AverageActiveUsers);
            values["logins_per_active_user_per_week"] = Text(usage.LoginsPerActiveUserPerWeek);
        }

        if (b.LastEngagementAt is { } last)
            values["last_engagement_at"] = Instant(last);
        if (inputs.Engagement?.DaysSinceLastEngagement is { } days)
            values["days_since_last_engagement"] = Text(days);
        if (inputs.Support is { } support)
            values["high_priority_tickets"] = Text(support.HighPriorityTicketsInWindow);
        if (inputs.Satisfaction is { } satisfaction)
        {
            values["nps_promoters"] = Text(satisfaction.Promoters);
            values["nps_passives"] = Text(satisfaction.Passives);
            values["nps_detractors"] = Text(satisfaction.Detractors);
            if (satisfaction.AverageCsat is { } csat)
                values["average_csat"] = Text(csat);
        }

        if (inputs.Payment is { } payment)
        {
            values["contract_id"] = b.ContractId ?? string.Empty;
            values["payment_status"] = EnumCodes<PaymentStatus>.ToCode(payment.PaymentStatus);
            values["payment_source"] = b.PaymentSource ?? string.Empty;
            values["days_until_renewal"] = Text(payment.DaysUntilRenewal);
        }

        if (b.UsageGranularity is { } granularity)
            values["usage_granularity"] = granularity;
        return values;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Instant(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
