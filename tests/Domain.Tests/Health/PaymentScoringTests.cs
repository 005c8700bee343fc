using CsMcp.Domain.Health;

namespace CsMcp.Domain.Tests.Health;

public class PaymentScoringTests
{
    [Theory]
    [InlineData(PaymentStatus.Current, 200, 100)]
    [InlineData(PaymentStatus.Current, 30, 100)]
    [InlineData(PaymentStatus.Current, 29, 90)]
    [InlineData(PaymentStatus.Current, 0, 90)]
    [InlineData(PaymentStatus.Current, -5, 90)]
    [InlineData(PaymentStatus.PaymentPlan, 200, 90)]
    [InlineData(PaymentStatus.Late, 200, 80)]
    [InlineData(PaymentStatus.Late, 10, 70)]
    [InlineData(PaymentStatus.AtRisk, 200, 70)]
    [InlineData(PaymentStatus.AtRisk, 10, 60)]
    [InlineData(PaymentStatus.Overdue, 200, 60)]
    [InlineData(PaymentStatus.Overdue, -1, 50)]
    public void Subtracts_status_and_renewal_penalties(PaymentStatus status, int daysUntilRenewal, int expected)
    {
        Assert.Equal(expected, PaymentScoring.Score(new PaymentFacts(status, daysUntilRenewal)).Score);
    }

    [Fact]
    public void Explains_the_penalties()
    {
        var result = PaymentScoring.Score(new PaymentFacts(PaymentStatus.Overdue, 12));

        Assert.Equal("overdue", result.Evidence.Single(e => e.Name == "payment_status").Text);
        Assert.Equal(40m, result.Evidence("payment_status_penalty"));
        Assert.Equal(10m, result.Evidence("renewal_proximity_penalty"));
        Assert.Equal("payment 50 = 100 - 40 (payment status overdue) - 10 (renewal in 12 days, under 30)", result.Explanation);
    }

    [Fact]
    public void Says_when_the_renewal_date_has_passed()
    {
        var result = PaymentScoring.Score(new PaymentFacts(PaymentStatus.PaymentPlan, -3));

        Assert.Equal("payment 80 = 100 - 10 (payment status payment_plan) - 10 (renewal date passed 3 days ago)", result.Explanation);
    }
}
