using CsMcp.Domain.Health;
using static CsMcp.Domain.Tests.Health.HealthFixtures;

namespace CsMcp.Domain.Tests.Health;

public class AlertsAndIndicatorsTests
{
    private static HealthInputs OnlyEngagement(int daysSince, int events, int windowDays) =>
        new(null, new EngagementFacts(daysSince, events, windowDays), null, null, null, Lookback);

    [Theory]
    [InlineData(34, null)] // 0.6 x 60 + 0.4 x 85 = 70
    [InlineData(33, AlertSeverity.Medium)] // 69
    [InlineData(24, AlertSeverity.Medium)] // 60
    [InlineData(23, AlertSeverity.High)] // 59
    public void Low_engagement_indicator(int eventsIn300Days, AlertSeverity? expected)
    {
        var indicators = Assess(OnlyEngagement(10, eventsIn300Days, 300)).RiskIndicators;

        if (expected is null)
        {
            Assert.Empty(indicators);
            return;
        }

        var indicator = Assert.Single(indicators);
        Assert.Equal(RiskIndicatorType.LowEngagement, indicator.Type);
        Assert.Equal(expected, indicator.Severity);
        Assert.Equal(70m, indicator.Threshold);
    }

    [Theory]
    [InlineData(75, null)]
    [InlineData(74.9, AlertSeverity.Medium)]
    [InlineData(65, AlertSeverity.Medium)]
    [InlineData(64.9, AlertSeverity.High)]
    public void Low_usage_indicator(decimal usage, AlertSeverity? expected)
    {
        var indicators = Assess(OnlyUsage(usage)).RiskIndicators;

        Assert.Equal(expected, indicators.SingleOrDefault(i => i.Type == RiskIndicatorType.LowUsage)?.Severity);
    }

    [Theory]
    [InlineData(6, false)] // 82
    [InlineData(7, true)] // 79
    public void Support_indicator_below_80(int tickets, bool expected)
    {
        var inputs = new HealthInputs(null, null, new SupportFacts(tickets, 0), null, null, Lookback);

        Assert.Equal(expected, Assess(inputs).RiskIndicators.Any(i => i.Type == RiskIndicatorType.SupportIssues && i.Severity == AlertSeverity.Medium));
    }

    [Fact]
    public void Missing_components_raise_no_indicator()
    {
        var inputs = new HealthInputs(null, null, null, null, new PaymentFacts(PaymentStatus.Current, 200), Lookback);

        Assert.Empty(Assess(inputs).RiskIndicators);
    }

    [Fact]
    public void Declining_health_is_an_indicator_and_an_alert()
    {
        var assessment = Assess(OnlyUsage(80m), previous: 84);

        Assert.Equal(-4, assessment.Change);
        Assert.Equal(new RiskIndicator(RiskIndicatorType.DecliningHealth, AlertSeverity.High, -4m, 0m, "Health fell 4 points since the previous score (84 -> 80)."),
            Assert.Single(assessment.RiskIndicators));
        Assert.Equal(new HealthAlert(HealthAlertType.DecliningHealthTrend, AlertSeverity.High, "Health declined 4 points since the previous score (84 -> 80)."),
            Assert.Single(assessment.Alerts));
    }

    [Fact]
    public void Stable_health_raises_no_trend_alert()
    {
        var assessment = Assess(OnlyUsage(80m), previous: 83);

        Assert.Empty(assessment.RiskIndicators);
        Assert.Empty(assessment.Alerts);
    }

    [Theory]
    [InlineData(60, null)]
    [InlineData(59, AlertSeverity.Medium)]
    [InlineData(50, AlertSeverity.Medium)]
    [InlineData(49, AlertSeverity.High)]
    public void Health_below_the_default_threshold(int overall, AlertSeverity? expected)
    {
        var inputs = OnlyUsage(overall);

        var alert = Assess(inputs).Alerts.SingleOrDefault(a => a.Type == HealthAlertType.HealthBelowThreshold);

        Assert.Equal(expected, alert?.Severity);
    }

    [Fact]
    public void Threshold_is_a_parameter()
    {
        var assessment = Assess(OnlyUsage(80m), riskThreshold: 85m);

        Assert.Equal(new HealthAlert(HealthAlertType.HealthBelowThreshold, AlertSeverity.Medium, "Health 80 is below the risk threshold 85."),
            Assert.Single(assessment.Alerts));
    }

    [Theory]
    [InlineData(40, false)] // p = 0.60
    [InlineData(39, true)] // p = 0.61
    public void High_churn_risk_above_0_60(int usage, bool expected)
    {
        var alerts = Assess(OnlyUsage(usage)).Alerts;

        var alert = alerts.SingleOrDefault(a => a.Type == HealthAlertType.HighChurnRisk);
        Assert.Equal(expected, alert is not null);
        if (alert is not null)
        {
            Assert.Equal(AlertSeverity.Critical, alert.Severity);
            Assert.Equal("Churn probability 0.61 is above 0.6.", alert.Message);
        }
    }

    [Fact]
    public void Three_indicators_raise_an_alert_of_their_own()
    {
        // engagement 69, usage 74.9, support 79: three indicators, overall 73.
        var inputs = new HealthInputs(UsageAt(74.9m), new EngagementFacts(10, 33, 300), new SupportFacts(7, 0), null, null, Lookback);

        var assessment = Assess(inputs);

        Assert.Equal(3, assessment.RiskIndicators.Count);
        Assert.Equal(
            new HealthAlert(HealthAlertType.MultipleRiskIndicators, AlertSeverity.High, "3 risk indicators at once: low_engagement, low_usage, support_issues."),
            Assert.Single(assessment.Alerts));
    }

    [Fact]
    public void Two_indicators_raise_no_alert()
    {
        var inputs = new HealthInputs(UsageAt(74.9m), null, new SupportFacts(7, 0), null, null, Lookback);

        var assessment = Assess(inputs);

        Assert.Equal(2, assessment.RiskIndicators.Count);
        Assert.Empty(assessment.Alerts);
    }

    [Fact]
    public void A_failing_client_raises_every_alert()
    {
        var inputs = new HealthInputs(UsageAt(20m), new EngagementFacts(null, 0, 30), new SupportFacts(12, 3),
            new SatisfactionFacts(0, 1, 4, 1.5m, 2), new PaymentFacts(PaymentStatus.Overdue, -10), Lookback);

        var assessment = Assess(inputs, previous: 60);

        // satisfaction 11 = 0.6 x 10 (NPS -80) + 0.4 x 12.5 (CSAT 1.5); 7 + 4.5 + 7.5 + 1.65 + 5 = 25.65
        Assert.Equal([20m, 18m, 50m, 11m, 50m], assessment.Components.Select(c => c.Score!.Value));
        Assert.Equal(25, assessment.Overall);
        Assert.Equal(
        [HealthAlertType.HealthBelowThreshold, HealthAlertType.DecliningHealthTrend, HealthAlertType.HighChurnRisk, HealthAlertType.MultipleRiskIndicators],
            assessment.Alerts.Select(a => a.Type));
        Assert.Equal([AlertSeverity.High, AlertSeverity.High, AlertSeverity.Critical, AlertSeverity.High], assessment.Alerts.Select(a => a.Severity));
        Assert.Equal(
        [RiskIndicatorType.LowEngagement, RiskIndicatorType.LowUsage, RiskIndicatorType.SupportIssues, RiskIndicatorType.DecliningHealth],
            assessment.RiskIndicators.Select(i => i.Type));
        Assert.Equal(RiskLevel.Critical, assessment.RiskLevel);
        Assert.Equal(new ChurnRisk(0.75m, RiskLevel.Critical, "clamp((100 - 25) / 100, 0.05, 0.95) = 0.75"), assessment.Churn);
    }
}
