using CsMcp.Domain.Contracts;
using CsMcp.Domain.Health;

namespace CsMcp.Domain.Tests.Health;

/// <summary>
/// Each rule's Value is what HealthEngine.Overall adds up for a portfolio scan: it must give exactly the score its Score
/// gives (null where Score reports no data) and reject the same impossible facts.
/// </summary>
public class ComponentValueTests
{
    public static TheoryData<UsageFacts> UsageCases => new()
    {
        new UsageFacts(50, 40m, 3.5m, 6, 10),
        new UsageFacts(12, 13m, 7.25m, 11, 10),
        new UsageFacts(7, 0m, 0m, 0, 3),
        new UsageFacts(0, 4m, 2m, 1, 10),
        new UsageFacts(10, 4m, 2m, 1, 0),
    };

    public static TheoryData<EngagementFacts> EngagementCases => new()
    {
        new EngagementFacts(0, 9, 30),
        new EngagementFacts(5, 3, 30),
        new EngagementFacts(21, 1, 45),
        new EngagementFacts(null, 0, 30),
        new EngagementFacts(120, 0, 7),
    };

    public static TheoryData<SupportFacts> SupportCases => new()
    {
        new SupportFacts(0, 0),
        new SupportFacts(4, 1),
        new SupportFacts(25, 7),
    };

    public static TheoryData<SatisfactionFacts> SatisfactionCases => new()
    {
        new SatisfactionFacts(5, 3, 2, 4.2m, 6),
        new SatisfactionFacts(1, 0, 2, null, 0),
        new SatisfactionFacts(0, 0, 0, 2.75m, 4),
        new SatisfactionFacts(0, 0, 0, null, 0),
    };

    public static TheoryData<PaymentFacts> PaymentCases => new()
    {
        new PaymentFacts(PaymentStatus.Current, 200),
        new PaymentFacts(PaymentStatus.Late, 12),
        new PaymentFacts(PaymentStatus.Overdue, -3),
        new PaymentFacts(PaymentStatus.PaymentPlan, 30),
        new PaymentFacts(PaymentStatus.AtRisk, 29),
    };

    [Theory]
    [MemberData(nameof(UsageCases))]
    public void Usage_value_equals_its_score(UsageFacts facts) => Assert.Equal(UsageScoring.Score(facts).Score, UsageScoring.Value(facts));

    [Theory]
    [MemberData(nameof(EngagementCases))]
    public void Engagement_value_equals_its_score(EngagementFacts facts) =>
        Assert.Equal(EngagementScoring.Score(facts).Score, EngagementScoring.Value(facts));

    [Theory]
    [MemberData(nameof(SupportCases))]
    public void Support_value_equals_its_score(SupportFacts facts) => Assert.Equal(SupportScoring.Score(facts, 30).Score, SupportScoring.Value(facts));

    [Theory]
    [MemberData(nameof(SatisfactionCases))]
    public void Satisfaction_value_equals_its_score(SatisfactionFacts facts) =>
        Assert.Equal(SatisfactionScoring.Score(facts, 30).Score, SatisfactionScoring.Value(facts));

    [Theory]
    [MemberData(nameof(PaymentCases))]
    public void Payment_value_equals_its_score(PaymentFacts facts) => Assert.Equal(PaymentScoring.Score(facts).Score, PaymentScoring.Value(facts));

    [Fact]
    public void Values_reject_the_facts_scores_reject_with_the_same_message()
    {
        AssertSameRejection(() => UsageScoring.Score(new UsageFacts(10, -1m, 2m, 1, 5)), () => UsageScoring.Value(new UsageFacts(10, -1m, 2m, 1, 5)));
        AssertSameRejection(() => EngagementScoring.Score(new EngagementFacts(3, 2, 0)), () => EngagementScoring.Value(new EngagementFacts(3, 2, 0)));
        AssertSameRejection(() => SupportScoring.Score(new SupportFacts(1, 2), 30), () => SupportScoring.Value(new SupportFacts(1, 2)));
        AssertSameRejection(() => SatisfactionScoring.Score(new SatisfactionFacts(1, 0, 0, 6m, 1), 30),
            () => SatisfactionScoring.Value(new SatisfactionFacts(1, 0, 0, 6m, 1)));
        AssertSameRejection(() => SatisfactionScoring.Score(new SatisfactionFacts(1, 0, 0, null, 2), 30),
            () => SatisfactionScoring.Value(new SatisfactionFacts(1, 0, 0, null, 2)));
        AssertSameRejection(() => PaymentScoring.Score(new PaymentFacts((PaymentStatus)99, 10)), () => PaymentScoring.Value(new PaymentFacts((PaymentStatus)99, 10)));
    }

    private static void AssertSameRejection(Func<object> score, Func<object?> value)
    {
        var fromScore = Assert.ThrowsAny<ArgumentException>(score);
        var fromValue = Assert.ThrowsAny<ArgumentException>(value);
        Assert.Equal(fromScore.GetType(), fromValue.GetType());
        Assert.Equal(fromScore.Message, fromValue.Message);
    }
}
