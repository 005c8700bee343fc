using CsMcp.Domain.Contracts;
using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;

namespace CsMcp.Domain.Tests.Retention;

public class PostmortemSignalsTests
{
    private static HealthCheckpoint Point(int daysBefore, int overall, decimal active, int? engagementDays, PaymentStatus payment = PaymentStatus.Current) =>
        new(new DateOnly(2026, 6, 15).AddDays(-daysBefore), daysBefore, overall, 100m,
            new HealthInputs(new UsageFacts(50, active, 1m, 1, 2), new EngagementFacts(engagementDays, 1, 30), new SupportFacts(0, 0), null,
                new PaymentFacts(payment, 100), 30));

    [Fact]
    public void A_sign_counts_from_the_checkpoint_after_which_it_never_went_away()
    {
        var signs = PostmortemSignals.Find(
        [
            Point(90, 70, 40m, 40),
            Point(60, 55, 30m, 5),
            Point(30, 62, 30m, 35, PaymentStatus.Late),
            Point(0, 50, 20m, 65, PaymentStatus.Overdue),
        ]);

        Assert.Equal(
        [
            new WarningSign("usage_decline", new DateOnly(2026, 4, 16), 60, "average active users 30, 25 % below 40", "average active users 20, 50 % below 40"),
            new WarningSign("engagement_gap", new DateOnly(2026, 5, 16), 30, "35 days since the last engagement", "65 days since the last engagement"),
            new WarningSign("payment_problem", new DateOnly(2026, 5, 16), 30, "payment status late", "payment status overdue"),
            new WarningSign("health_below_60", new DateOnly(2026, 6, 15), 0, "health 50", "health 50"),
        ], signs);
    }

    [Fact]
    public void No_checkpoints_no_signs() => Assert.Empty(PostmortemSignals.Find([]));
}
