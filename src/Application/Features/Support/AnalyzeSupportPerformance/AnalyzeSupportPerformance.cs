using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Retention;
using CsMcp.Domain.Support;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Support.AnalyzeSupportPerformance;

[Tool("analyze_support_performance", Toolsets.Support, Title = "Analyze support performance", ReadOnly = true, Idempotent = true)]
[Description("Support figures from stored tickets created in the last period_days: volumes, response/resolution times, SLA, CSAT, "
    + "escalations, teams, agents, weekly trends, vs previous period.")]
public sealed record AnalyzeSupportPerformance : PortfolioScope, IQuery<AnalyzeSupportPerformanceResult>
{
    [Description("One client; omit for the portfolio.")]
    public string? ClientId { get; init; }

    [Description("Section. Default overview.")]
    [OneOf<SupportAnalysisType>]
    public string AnalysisType { get; init; } = "overview";

    [Description("1-365. Default 30.")]
    public int PeriodDays { get; init; } = 30;

    [Description("Assigned team, case-insensitive. Default all.")]
    public string? TeamFilter { get; init; }

    [Description("Assigned agent, case-insensitive. Default all.")]
    public string? AgentFilter { get; init; }

    [Description("Default all.")]
    [OneOf<TicketPriority>]
    public string? PriorityFilter { get; init; }

    [Description("Trends in overview. Default true.")]
    public bool IncludeTrends { get; init; } = true;

    [Description("Default true.")]
    public bool IncludeRecommendations { get; init; } = true;
}

public sealed class AnalyzeSupportPerformanceHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<AnalyzeSupportPerformance, AnalyzeSupportPerformanceResult>
{
    public const string NoKnowledgeBase = "No knowledge base is stored yet: deflection rate, article count and helpfulness are missing, not zero.";

    public async ValueTask<AnalyzeSupportPerformanceResult> Handle(AnalyzeSupportPerformance query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var type = EnumCodes<SupportAnalysisType>.Parse(query.AnalysisType);
        var clientId = query.ClientId?.Trim();
        if (clientId is not null)
            await db.GetClientAsync(clientId, cancellationToken);

        var period = new SupportPeriod(now.AddDays(-query.PeriodDays), now, query.PeriodDays);
        var previous = new SupportPeriod(period.From.AddDays(-query.PeriodDays), period.From, query.PeriodDays);
        var filters = new TicketFilters(Text(query.TeamFilter), Text(query.AgentFilter),
            query.PriorityFilter is null ? null : EnumCodes<TicketPriority>.ToCode(EnumCodes<TicketPriority>.Parse(query.PriorityFilter)));

        var scoped = Scoped(query, clientId, today, filters);
        var from = type == SupportAnalysisType.Comparison ? previous.From : period.From;
        var loaded = Filter(await scoped.Where(t => t.CreatedAt >= from && t.CreatedAt < now).ToListAsync(cancellationToken), filters);
        var tickets = loaded.Where(t => t.CreatedAt >= period.From).ToList();
        var summary = SupportCalculations.Figures(tickets, now);
        var notes = Notes(summary, filters);

        var overview = type == SupportAnalysisType.Overview;
        SlaSection? sla = null;
        if (overview || type == SupportAnalysisType.Sla)
        {
            var open = Filter(await scoped.Where(t => t.Status != TicketStatus.Resolved && t.Status != TicketStatus.Closed && t.ResolvedAt == null && t.CreatedAt <= now)
                .ToListAsync(cancellationToken), filters);
            sla = Sla(tickets, open, now);
        }

        var satisfaction = overview || type == SupportAnalysisType.Satisfaction ? Satisfaction(tickets, summary) : null;
        var byTeam = overview || type == SupportAnalysisType.Agent ? SupportCalculations.Groups(tickets, t => t.AssignedTeam, false, now) : null;
        var byAgent = overview || type == SupportAnalysisType.Agent ? SupportCalculations.Groups(tickets, t => t.AssignedAgent, true, now) : null;
        var trends = type == SupportAnalysisType.Trends || (overview && query.IncludeTrends) ? Weeks(tickets, period, now) : null;
        var comparison = type == SupportAnalysisType.Comparison
            ? Compare(previous, summary, SupportCalculations.Figures([.. loaded.Where(t => t.CreatedAt < period.From)], now))
            : null;
        var knowledgeBase = type == SupportAnalysisType.KnowledgeBase ? new KnowledgeBaseSection(null, null, null, NoKnowledgeBase) : null;
        if (type is SupportAnalysisType.KnowledgeBase or SupportAnalysisType.Overview)
            notes.Add(NoKnowledgeBase);
        if (byAgent is not null && tickets.Any(t => t.AssignedAgent is null))
            notes.Add($"{tickets.Count(t => t.AssignedAgent is null)} tickets have no assigned agent and are not in by_agent.");

        return new AnalyzeSupportPerformanceResult(clientId, AppliedScope.Of(query, clientId), filters, type, period, summary, sla, satisfaction, byTeam, byAgent,
            trends, comparison, knowledgeBase, query.IncludeRecommendations ? Recommendations(summary, byAgent) : [],
            $"{tickets.Count} stored support tickets created in the last {query.PeriodDays} days (created_at in [period.from, period.until))"
                + (clientId is null ? " across the scoped portfolio" : $" of {clientId}")
                + "; times, SLA states and ratings are those tickets' own timestamps and ratings as of now"
                + (sla is null ? "." : "; at-risk and breached open tickets now are all open tickets in scope, whenever created.")
                + (comparison is null ? string.Empty : " The previous period is the same length just before."),
            SupportThresholds.Rules, notes);
    }

    private IQueryable<SupportTicket> Scoped(AnalyzeSupportPerformance query, string? clientId, DateOnly today, TicketFilters filters)
    {
        var tickets = db.SupportTickets.AsNoTracking();
        if (clientId is not null)
            tickets = tickets.Where(t => t.ClientId == clientId);
        else if (query.HasAnyFilter())
        {
            var ids = db.Clients.AsNoTracking().InScope(query, today).Select(c => c.ClientId);
            tickets = tickets.Where(t => ids.Contains(t.ClientId));
        }

        if (filters.Priority is { } code)
        {
            var priority = EnumCodes<TicketPriority>.Parse(code);
            tickets = tickets.Where(t => t.Priority == priority);
        }

        return tickets;
    }

    private static List<SupportTicket> Filter(List<SupportTicket> tickets, TicketFilters filters) =>
        [.. tickets.Where(t => (filters.Team is null || string.Equals(t.AssignedTeam, filters.Team, StringComparison.OrdinalIgnoreCase))
            && (filters.Agent is null || string.Equals(t.AssignedAgent, filters.Agent, StringComparison.OrdinalIgnoreCase)))];

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Notes(SupportFigures summary, TicketFilters filters)
    {
        var notes = new List<string>();
        if (summary.Tickets == 0)
            notes.Add("No tickets were created in the period in scope" + (filters is { Team: null, Agent: null, Priority: null } ? string.Empty : " with these ticket filters")
                + ": times, SLA compliance, CSAT and escalation rate are missing, not zero.");
        else if (summary.CsatAverage is null)
            notes.Add("No ticket of the period is rated: CSAT average and negative share are missing.");
        return notes;
    }

    private static SlaSection Sla(List<SupportTicket> tickets, List<SupportTicket> open, DateTime now)
    {
        var first = SupportCalculations.Counts(tickets, SlaClock.FirstResponse, now);
        var resolution = SupportCalculations.Counts(tickets, SlaClock.Resolution, now);
        var states = open.Select(t => new[] { TicketSlaStatus.Of(t, SlaClock.FirstResponse, now), TicketSlaStatus.Of(t, SlaClock.Resolution, now) }).ToList();
        var breachedNow = states.Count(s => s.Contains(SlaState.Breached));
        var atRiskNow = states.Count(s => s.Contains(SlaState.AtRisk) && !s.Contains(SlaState.Breached));
        var issues = new List<string>();
        if (first.Breached > SupportThresholds.FirstResponseBreachesAbove)
            issues.Add($"{first.Breached} first-response SLA breaches (more than {SupportThresholds.FirstResponseBreachesAbove}): check triage coverage and on-call hours.");
        if (resolution.Breached > SupportThresholds.ResolutionBreachesAbove)
            issues.Add($"{resolution.Breached} resolution SLA breaches (more than {SupportThresholds.ResolutionBreachesAbove}): review the slowest categories and escalation paths.");
        if (atRiskNow > SupportThresholds.AtRiskAbove)
            issues.Add($"{atRiskNow} open tickets at risk of an SLA breach now (more than {SupportThresholds.AtRiskAbove}): prioritise them today.");
        return new SlaSection(first, resolution, atRiskNow, breachedNow, issues);
    }

    private static SatisfactionSection Satisfaction(List<SupportTicket> tickets, SupportFigures summary)
    {
        var actions = new List<string>();
        if (summary.CsatResponseRate < SupportThresholds.ResponseRateBelow)
            actions.Add($"CSAT response rate is {summary.CsatResponseRate:0.####} (below {SupportThresholds.ResponseRateBelow}): ask for a rating at resolution.");
        if (summary.CsatAverage < SupportThresholds.SatisfactionBelow)
            actions.Add($"CSAT average is {summary.CsatAverage} (below {SupportThresholds.SatisfactionBelow}): review the low-rated tickets with their agents.");
        if (summary.CsatNegativeShare > SupportThresholds.NegativeShareAbove)
            actions.Add($"{summary.CsatNegativeShare:0.####} of ratings are 2 or less (above {SupportThresholds.NegativeShareAbove}): follow up with those requesters.");
        var rated = tickets.Where(t => t.SatisfactionRating is not null).ToList();
        return new SatisfactionSection(summary.Resolved, rated.Count, summary.CsatAverage, summary.CsatResponseRate, summary.CsatNegativeShare,
            Enumerable.Range(1, 5).ToDictionary(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture), r => rated.Count(t => t.SatisfactionRating == r),
                StringComparer.Ordinal),
            actions);
    }

    private static List<WeekFigures> Weeks(List<SupportTicket> tickets, SupportPeriod period, DateTime now)
    {
        var weeks = new List<WeekFigures>();
        for (var start = period.From; start < period.Until; start = start.AddDays(7))
        {
            var end = start.AddDays(7) < period.Until ? start.AddDays(7) : period.Until;
            var figures = SupportCalculations.Figures([.. tickets.Where(t => t.CreatedAt >= start && t.CreatedAt < end)], now);
            weeks.Add(new WeekFigures(start, end, figures.Tickets, figures.FirstResponseMinutes.Average, figures.ResolutionMinutes.Average,
                figures.SlaCompliance, figures.CsatAverage, figures.EscalationRate));
        }

        return weeks;
    }

    private static ComparisonSection Compare(SupportPeriod previous, SupportFigures current, SupportFigures before) =>
        new(previous, before.Tickets,
        [
            Change("tickets", current.Tickets, before.Tickets, null),
            Change("average_first_response_minutes", current.FirstResponseMinutes.Average, before.FirstResponseMinutes.Average, false),
            Change("average_resolution_minutes", current.ResolutionMinutes.Average, before.ResolutionMinutes.Average, false),
            Change("sla_compliance", current.SlaCompliance, before.SlaCompliance, true),
            Change("csat_average", current.CsatAverage, before.CsatAverage, true),
            Change("csat_response_rate", current.CsatResponseRate, before.CsatResponseRate, true),
            Change("escalation_rate", current.EscalationRate, before.EscalationRate, false),
        ]);

    /// <param name="higherIsBetter">Null for a volume, which is neither better nor worse.</param>
    private static MetricChange Change(string metric, decimal? current, decimal? previous, bool? higherIsBetter)
    {
        if (current is not { } c || previous is not { } p)
            return new MetricChange(metric, current, previous, null, null);
        var change = c - p;
        var direction = higherIsBetter is not { } higher ? null
            : change == 0 ? "unchanged"
            : (change > 0) == higher ? "improved" : "worse";
        return new MetricChange(metric, c, p, change, direction);
    }

    private static List<string> Recommendations(SupportFigures summary, IReadOnlyList<GroupFigures>? agents)
    {
        var list = new List<string>();
        if (summary.SlaCompliance < SupportThresholds.SlaComplianceBelow)
            list.Add($"SLA compliance is {summary.SlaCompliance:0.####} (below {SupportThresholds.SlaComplianceBelow}): rebalance queues and review routing of breached priorities.");
        if (summary.CsatAverage < SupportThresholds.SatisfactionBelow)
            list.Add($"CSAT average is {summary.CsatAverage} (below {SupportThresholds.SatisfactionBelow}): run a quality review of low-rated tickets.");
        if (summary.EscalationRate > SupportThresholds.EscalationAbove)
            list.Add($"Escalation rate is {summary.EscalationRate:0.####} (above {SupportThresholds.EscalationAbove}): train first-line agents on the escalated categories.");
        if (agents?.Where(a => a.NeedsSupport == true).Select(a => a.Name).ToList() is { Count: > 0 } names)
            list.Add($"Coach the agents below {SupportThresholds.AgentSlaComplianceBelow} SLA compliance: {string.Join(", ", names)}.");
        return list;
    }
}
