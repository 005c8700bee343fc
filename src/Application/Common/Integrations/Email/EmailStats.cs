namespace CsMcp.Application.Common.Integrations.Email;

public enum EmailStatsGrouping
{
    Day,
    Week,
    Month,
}

public sealed record EmailMetrics(
    long Requests,
    long Processed,
    long Delivered,
    long Deferred,
    long Bounces,
    long BounceDrops,
    long Blocks,
    long SpamReports,
    long SpamReportDrops,
    long InvalidEmails,
    long Opens,
    long UniqueOpens,
    long Clicks,
    long UniqueClicks,
    long Unsubscribes,
    long UnsubscribeDrops);

/// <summary>Account-wide sending statistics of one period starting at <see cref="PeriodStart"/>.</summary>
public sealed record EmailStatsPeriod(DateOnly PeriodStart, EmailMetrics Metrics);
