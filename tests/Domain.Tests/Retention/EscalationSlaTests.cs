using CsMcp.Domain.Retention;

namespace CsMcp.Domain.Tests.Retention;

public class EscalationSlaTests
{
    private static readonly DateTime Created = new(2026, 6, 15, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(EscalationSeverity.Critical, 4)]
    [InlineData(EscalationSeverity.High, 24)]
    [InlineData(EscalationSeverity.Medium, 24)]
    [InlineData(EscalationSeverity.Low, 24)]
    public void Sla_hours_are_4_for_critical_and_24_otherwise(EscalationSeverity severity, int hours) =>
        Assert.Equal(hours, EscalationSla.HoursFor(severity));

    [Theory]
    [InlineData(0, SlaState.OnTrack, 4.0, null)]
    [InlineData(3.19, SlaState.OnTrack, 0.81, null)]
    [InlineData(3.2, SlaState.AtRisk, 0.8, null)]
    [InlineData(4.0, SlaState.AtRisk, 0.0, null)]
    [InlineData(5.5, SlaState.Breached, null, 1.5)]
    public void Open_escalations_are_on_track_until_80_percent_then_at_risk_then_breached(double hoursElapsed, SlaState state, double? remaining, double? overdue)
    {
        var result = EscalationSla.Evaluate(Created, 4, null, Created.AddHours(hoursElapsed));

        Assert.Equal(state, result.Status);
        Assert.Equal(remaining is null ? null : (decimal)remaining, result.HoursRemaining);
        Assert.Equal(overdue is null ? null : (decimal)overdue, result.HoursOverdue);
        Assert.Equal(Created.AddHours(4), result.DueAt);
    }

    [Fact]
    public void Resolution_stops_the_clock_met_or_breached()
    {
        var met = EscalationSla.Evaluate(Created, 24, Created.AddHours(24), Created.AddDays(10));
        var late = EscalationSla.Evaluate(Created, 24, Created.AddHours(30.25), Created.AddDays(10));

        Assert.Equal(new SlaEvaluation(SlaState.Met, Created.AddHours(24), 24m, null, null), met);
        Assert.Equal(new SlaEvaluation(SlaState.Breached, Created.AddHours(24), 30.25m, null, 6.25m), late);
    }
}
