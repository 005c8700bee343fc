using CsMcp.Domain.Contracts;
using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>
/// The original's payment rule on the current contract: start at 100, subtract the payment-status penalty and 10 when
/// renewal is fewer than 30 days away (including a renewal date already passed), clamp to 0-100.
/// </summary>
public static class PaymentScoring
{
    /// <summary>Renewal closer than this many days (or already past) is a risk moment: the decision is imminent.</summary>
    public const int RenewalProximityDays = 30;

    /// <summary>The original's penalty for an imminent or passed renewal.</summary>
    public const int RenewalProximityPenalty = 10;

    /// <summary>The original's penalty for an overdue invoice: money owed past its due date is the strongest payment signal.</summary>
    public const int OverduePenalty = 40;

    /// <summary>The original's penalty for a late payment (paid, but after the due date).</summary>
    public const int LatePenalty = 20;

    /// <summary>Finance flagged the account as at risk of non-payment: worse than late, not yet overdue.</summary>
    public const int AtRiskPenalty = 30;

    /// <summary>A payment plan is an agreed arrangement being honoured: a mild signal of budget pressure.</summary>
    public const int PaymentPlanPenalty = 10;

    public static int StatusPenalty(PaymentStatus status) => status switch
    {
        PaymentStatus.Current => 0,
        PaymentStatus.PaymentPlan => PaymentPlanPenalty,
        PaymentStatus.Late => LatePenalty,
        PaymentStatus.AtRisk => AtRiskPenalty,
        PaymentStatus.Overdue => OverduePenalty,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown payment status."),
    };

    public static string StatusCode(PaymentStatus status) => status switch
    {
        PaymentStatus.Current => "current",
        PaymentStatus.PaymentPlan => "payment_plan",
        PaymentStatus.Late => "late",
        PaymentStatus.AtRisk => "at_risk",
        PaymentStatus.Overdue => "overdue",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown payment status."),
    };

    public static ComponentScore Score(PaymentFacts facts)
    {
        var (statusPenalty, renewalPenalty, score) = Compute(facts);
        var status = StatusCode(facts.PaymentStatus);

        EvidenceItem[] evidence =
        [
            EvidenceItem.Code("payment_status", status),
            EvidenceItem.Number("payment_status_penalty", statusPenalty),
            EvidenceItem.Number("days_until_renewal", facts.DaysUntilRenewal),
            EvidenceItem.Number("renewal_proximity_penalty", renewalPenalty),
        ];
        var renewal = facts.DaysUntilRenewal switch
        {
            < 0 => $"renewal date passed {-facts.DaysUntilRenewal} days ago",
            < RenewalProximityDays => $"renewal in {facts.DaysUntilRenewal} days, under {RenewalProximityDays}",
            _ => $"renewal in {facts.DaysUntilRenewal} days",
        };
        var explanation = $"payment {Text(score)} = 100 - {statusPenalty} (payment status {status}) - {renewalPenalty} ({renewal})";
        return new ComponentScore(HealthComponent.Payment, score, evidence, explanation);
    }

    /// <summary>The score of <see cref="Score"/> alone, with no evidence or explanation built.</summary>
    public static decimal Value(PaymentFacts facts) => Compute(facts).Score;

    private static (int StatusPenalty, int RenewalPenalty, decimal Score) Compute(PaymentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var statusPenalty = StatusPenalty(facts.PaymentStatus);
        var renewalPenalty = facts.DaysUntilRenewal < RenewalProximityDays ? RenewalProximityPenalty : 0;
        return (statusPenalty, renewalPenalty, ClampScore(MaxScore - statusPenalty - renewalPenalty));
    }
}
