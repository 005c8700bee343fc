using CsMcp.Domain.Contracts;
using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;

namespace CsMcp.Domain.Tests.Retention;

public class ChurnSignalsTests
{
    private static HealthInputs Inputs(decimal activeUsers = 40m, int? daysSinceEngagement = 5, int tickets = 0, int urgent = 0,
        SatisfactionFacts? satisfaction = null) =>
        new(new UsageFacts(50, activeUsers, 2m, 5, 10), new EngagementFacts(daysSinceEngagement, 3, 30), new SupportFacts(tickets, urgent), satisfaction, null, 30);

    private static ChurnSignalFacts Facts(HealthInputs? now = null, HealthInputs? before = null, int? overall = 80, int? previous = 80, int renewal = 365,
        PaymentStatus? payment = PaymentStatus.Current) => new(now ?? Inputs(), before ?? Inputs(), overall, previous, renewal, payment);

    [Fact]
    public void Without_signals_the_probability_is_the_health_base()
    {
        var result = ChurnSignals.Predict(Facts());

        Assert.Equal((0.2m, RiskLevel.Low, 0.2m), (result.Probability!.Value, result.Level!.Value, result.BaseProbability!.Value));
        Assert.Empty(result.Signals);
        Assert.Equal("base 0.2 from health 80; no signal fired", result.Basis);
    }

    [Fact]
    public void No_health_means_no_probability()
    {
        var result = ChurnSignals.Predict(Facts(overall: null));
        Assert.Null(result.Probability);
        Assert.Equal("No churn probability: the health score has no data to start from.", result.Basis);
    }

    [Theory]
    [InlineData(32.1, null)]
    [InlineData(32.0, 0.10)]
    [InlineData(24.1, 0.10)]
    [InlineData(24.0, 0.15)]
    public void Usage_decline_fires_at_20_percent_and_weighs_more_from_40(double now, double? uplift)
    {
        var signal = ChurnSignals.Predict(Facts(Inputs(activeUsers: (decimal)now))).Signals.SingleOrDefault(s => s.Code == "usage_decline");
        Assert.Equal(uplift is null ? null : (decimal)uplift, signal?.Uplift);
    }

    [Theory]
    [InlineData(30, null)]
    [InlineData(31, 0.05)]
    [InlineData(61, 0.10)]
    [InlineData(null, 0.10)]
    public void Engagement_gap_fires_after_30_days_and_weighs_more_after_60_or_never(int? days, double? uplift)
    {
        var signal = ChurnSignals.Predict(Facts(Inputs(daysSinceEngagement: days))).Signals.SingleOrDefault(s => s.Code == "engagement_gap");
        Assert.Equal(uplift is null ? null : (decimal)uplift, signal?.Uplift);
    }

    [Theory]
    [InlineData(3, 1, true)]
    [InlineData(3, 2, false)]
    [InlineData(2, 0, false)]
    public void Ticket_spike_needs_three_tickets_and_twice_the_previous_window(int now, int before, bool fires) =>
        Assert.Equal(fires, ChurnSignals.Predict(Facts(Inputs(tickets: now), Inputs(tickets: before))).Signals.Any(s => s.Code == "ticket_spike"));

    [Fact]
    public void Nps_drop_of_20_points_fires()
    {
        var before = new SatisfactionFacts(5, 5, 0, null, 0); // NPS 50
        var result = ChurnSignals.Predict(Facts(Inputs(satisfaction: new SatisfactionFacts(3, 7, 0, null, 0)), Inputs(satisfaction: before))); // 30
        var sameNps = ChurnSignals.Predict(Facts(Inputs(satisfaction: new SatisfactionFacts(4, 5, 1, null, 0)), Inputs(satisfaction: before))); // 4 - 1 of 10 = 30 as well

        Assert.Equal("NPS fell 20 points (50 -> 30)", result.Signals.Single(s => s.Code == "nps_drop").Evidence);
        Assert.Contains(sameNps.Signals, s => s.Code == "nps_drop");
    }

    [Theory]
    [InlineData(PaymentStatus.Current, null)]
    [InlineData(PaymentStatus.PaymentPlan, 0.05)]
    [InlineData(PaymentStatus.Late, 0.05)]
    [InlineData(PaymentStatus.AtRisk, 0.10)]
    [InlineData(PaymentStatus.Overdue, 0.10)]
    public void Payment_problems_add_by_severity(PaymentStatus status, double? uplift) =>
        Assert.Equal(uplift is null ? null : (decimal)uplift, ChurnSignals.Predict(Facts(payment: status)).Signals.SingleOrDefault()?.Uplift);

    [Theory]
    [InlineData(91, 60, null)]
    [InlineData(90, 60, 0.05)]
    [InlineData(30, 60, 0.10)]
    [InlineData(-5, 60, 0.10)]
    [InlineData(30, 70, null)]
    public void Renewal_proximity_needs_health_below_70(int days, int overall, double? uplift) =>
        Assert.Equal(uplift is null ? null : (decimal)uplift,
            ChurnSignals.Predict(Facts(overall: overall, previous: overall, renewal: days)).Signals.SingleOrDefault(s => s.Code == "renewal_proximity")?.Uplift);

    [Fact]
    public void Uplifts_add_to_the_base_and_the_total_is_clamped()
    {
        var result = ChurnSignals.Predict(Facts(overall: 70, previous: 80, payment: PaymentStatus.Overdue));
        var clamped = ChurnSignals.Predict(Facts(Inputs(activeUsers: 10m, daysSinceEngagement: null), overall: 20, previous: 40, renewal: 10, payment: PaymentStatus.Overdue));

        Assert.Equal(0.45m, result.Probability); // 0.30 + 0.10 payment + 0.05 health_decline
        Assert.Equal(RiskLevel.Medium, result.Level);
        Assert.Equal(0.95m, clamped.Probability);
        Assert.EndsWith("= 0.95 (clamped to 0.05-0.95)", clamped.Basis, StringComparison.Ordinal);
    }
}
