using CsMcp.Domain.Retention;

namespace CsMcp.Application.Features.Retention.Common;

/// <summary>Recommended interventions per signal that fired, then by probability (docs/retention-tools.md).</summary>
public static class Interventions
{
    public const decimal CampaignFrom = 0.50m;
    public const decimal EscalationFrom = 0.75m;

    public static IReadOnlyList<string> For(IReadOnlyList<ChurnSignal> signals, decimal probability)
    {
        var list = new List<string>();
        foreach (var signal in signals)
        {
            list.Add(signal.Code switch
            {
                "usage_decline" => "Run an adoption review: find the teams that stopped using the product and schedule targeted training.",
                "engagement_gap" => "Book a check-in call with the champion this week; confirm the stakeholder map.",
                "ticket_spike" => "Review the open tickets with the support lead and agree a fix plan with the client.",
                "nps_drop" => "Close the loop with every detractor: call them and log what they said.",
                "payment_problem" => "Align with finance on the outstanding invoices (payment plan or billing correction).",
                "renewal_proximity" => "Start the renewal conversation now with the executive sponsor and a value summary.",
                _ => "Review the health drivers with the client and agree a success plan.",
            });
        }

        if (probability >= CampaignFrom)
            list.Add("Enrol the client in a retention campaign (execute_retention_campaign).");
        if (probability >= EscalationFrom)
            list.Add("Open an escalation so an owner is accountable (manage_escalations action create).");
        return list.Distinct().ToList();
    }
}
