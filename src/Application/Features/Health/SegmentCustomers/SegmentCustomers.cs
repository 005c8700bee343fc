using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Usage;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.SegmentCustomers;

[Tool("segment_customers", Toolsets.Health, Title = "Segment customers", ReadOnly = true, Idempotent = true)]
[Description("Segments clients by ARR, activation rate, health score, industry, lifecycle stage or custom rules. Per segment, from stored "
    + "data: clients, ARR, average health, at-risk/churned, renewals due, NPS; distribution, Pareto concentration, paged members, "
    + "benchmarks, recommendations. Unmatched clients are counted.")]
public sealed record SegmentCustomers : PortfolioScope, IQuery<SegmentCustomersResult>, IPagedRequest
{
    [Description("value_based: ARR bands; usage_based: latest month's activation rate; health_based: stored score; custom: see criteria.")]
    [OneOf<SegmentationType>]
    public required string SegmentationType { get; init; }

    [Description("Required by the original; {} suffices except for custom segments.")]
    public SegmentationCriteria? Criteria { get; init; }

    [Description("Min clients per segment, 1-100000, default 5; smaller ones count as unsegmented.")]
    public int MinSegmentSize { get; init; } = 5;

    [Description("Recommendations from stated rules, with evidence. Default true.")]
    public bool IncludeRecommendations { get; init; } = true;

    [Description("Each segment's health, at-risk share, ARR vs all analysed clients. Default true.")]
    public bool BenchmarkAnalysis { get; init; } = true;

    [Description("List only this segment's members. Default all.")]
    public string? SegmentId { get; init; }

    [Description("Members page size, 1-1000, default 50; by segment, then ARR desc.")]
    public int Limit { get; init; } = 50;

    [Description(Paging.OffsetText)]
    public int Offset { get; init; }
}

public sealed class SegmentCustomersHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<SegmentCustomers, SegmentCustomersResult>
{
    public const int NpsWindowDays = 365;
    public const int RenewalWindowDays = 90;

    public async ValueTask<SegmentCustomersResult> Handle(SegmentCustomers query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = time.Today();
        var type = EnumCodes<SegmentationType>.Parse(query.SegmentationType);
        var filtered = db.Clients.AsNoTracking().InScope(query, today);
        var clients = await filtered.LoadFactsAsync(cancellationToken);
        var segmenter = type switch
        {
            SegmentationType.ValueBased => Segmenter.ValueBased(),
            SegmentationType.HealthBased => Segmenter.HealthBased(),
            SegmentationType.UsageBased => Segmenter.UsageBased(await LatestUsageAsync(filtered, today, cancellationToken)),
            SegmentationType.Industry => Segmenter.Industry(clients, query.Criteria?.Industries),
            SegmentationType.Lifecycle => Segmenter.Lifecycle(),
            _ when query.Criteria?.Segments is { Count: > 0 } rules => Segmenter.Custom(rules, await MembersAsync(filtered, rules, today, cancellationToken)),
            _ => Segmenter.Ranked(clients, Dimensions(query.Criteria), query.Criteria?.NumSegments ?? DefaultSegments, today),
        };
        var nps = await db.NpsByClientAsync(filtered, now.AddDays(-NpsWindowDays), cancellationToken);

        var assigned = clients.Select(c => (Client: c, Assignment: segmenter.Assign(c))).ToList();
        var bySegment = assigned.Where(a => a.Assignment.SegmentId is not null).ToLookup(a => a.Assignment.SegmentId!, StringComparer.Ordinal);
        var kept = segmenter.Definitions.Where(d => bySegment[d.SegmentId].Count() >= query.MinSegmentSize).ToList();
        var tooSmall = segmenter.Definitions.Where(d => bySegment[d.SegmentId].Any() && bySegment[d.SegmentId].Count() < query.MinSegmentSize).ToList();
        var totalArr = clients.Sum(c => c.Arr);

        var segments = kept.Select(d => Segment(d, [.. bySegment[d.SegmentId].Select(a => a.Client)], clients.Count, totalArr, nps, today)).ToList();
        var notMatched = assigned.Where(a => a.Assignment.SegmentId is null).ToList();
        var unsegmented = new UnsegmentedClients(
            notMatched.Count,
            notMatched.GroupBy(a => Reason(a.Assignment.Basis)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            tooSmall.Sum(d => bySegment[d.SegmentId].Count()),
            [.. tooSmall.Select(d => d.SegmentId)]);

        var keptIds = kept.Select(d => d.SegmentId).ToHashSet(StringComparer.Ordinal);
        var order = kept.Select((d, i) => (d.SegmentId, i)).ToDictionary(p => p.SegmentId, p => p.i, StringComparer.Ordinal);
        var members = assigned
            .Where(a => a.Assignment.SegmentId is { } id && keptIds.Contains(id) && (query.SegmentId is null || id == query.SegmentId))
            .OrderBy(a => order[a.Assignment.SegmentId!]).ThenByDescending(a => a.Client.Arr).ThenBy(a => a.Client.ClientId, StringComparer.Ordinal)
            .ToList();
        var (page, truncated) = ResultBudget.Take(members.Skip(query.Offset).Take(query.Limit)
            .Select(a => new SegmentMember(a.Assignment.SegmentId!, a.Client.ClientId, a.Client.ClientName, a.Client.Tier, a.Client.LifecycleStage,
                a.Client.Industry, a.Client.Arr, a.Client.HealthScore, a.Assignment.Basis))
            .ToList());

        return new SegmentCustomersResult(
            EnumCodes<SegmentationType>.ToCode(type), segmenter.Rule, now, AppliedScope.Of(query), query.MinSegmentSize, clients.Count, segments.Count, segments, unsegmented,
            Distribution(segments, clients.Count), Concentration(segments),
            query.BenchmarkAnalysis ? SegmentAdvice.Benchmarks(segments, clients, today) : null,
            query.IncludeRecommendations ? SegmentAdvice.Recommendations(segments, unsegmented, clients.Count) : null,
            page, Page.Of(members.Count, query.Limit, query.Offset, page.Count, truncated),
            Notes(clients, segments, query));
    }

    public const int DefaultSegments = 3;

    private static List<SegmentDimension> Dimensions(SegmentationCriteria? criteria) =>
        criteria?.Dimensions is { Count: > 0 } given ? [.. given.Select(EnumCodes<SegmentDimension>.Parse).Distinct()] : [SegmentDimension.Arr];

    private static async Task<IReadOnlyList<IReadOnlySet<string>>> MembersAsync(IQueryable<Client> clients, IReadOnlyList<CustomSegmentRule> rules, DateOnly today, CancellationToken cancellationToken)
    {
        var members = new List<IReadOnlySet<string>>();
        foreach (var rule in rules)
            members.Add((await clients.InScope(rule, today).Select(c => c.ClientId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal));
        return members;
    }

    private async Task<Dictionary<string, UsageFact>> LatestUsageAsync(IQueryable<Client> clients, DateOnly today, CancellationToken cancellationToken)
    {
        var since = today.AddDays(-Segmenter.UsageWindowDays);
        var rows = await db.UsagePeriods.AsNoTracking()
            .Where(u => u.Granularity == UsageGranularity.Monthly && u.PeriodEnd >= since && u.PeriodStart <= today)
            .Join(clients, u => u.ClientId, c => c.ClientId, (u, c) => new { u.ClientId, u.PeriodStart, u.PeriodEnd, u.ActiveUsers, u.TotalUsers })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ClientId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g =>
            {
                var latest = g.MaxBy(r => r.PeriodStart)!;
                return new UsageFact(latest.PeriodStart, latest.PeriodEnd, latest.ActiveUsers, latest.TotalUsers);
            }, StringComparer.Ordinal);
    }

    private static CustomerSegment Segment(SegmentDefinition d, List<ClientFacts> members, int total, decimal totalArr, Dictionary<string, NpsCounts> nps, DateOnly today)
    {
        var arr = members.Sum(m => m.Arr);
        var scored = members.Where(m => m.HealthScore is not null).Select(m => m.HealthScore!.Value).ToList();
        var counts = NpsCounts.Sum(members.Select(m => nps.GetValueOrDefault(m.ClientId, NpsCounts.None)));
        return new CustomerSegment(
            d.SegmentId, d.Name, d.Rule, members.Count, arr, Rounding.Amount(arr / members.Count), Stats.Average(scored), scored.Count, members.Count - scored.Count,
            Stats.Percent(members.Count, total), Stats.Percent(arr, totalArr),
            new SegmentOutcomes(
                members.Count(m => m.LifecycleStage == LifecycleStage.AtRisk),
                members.Count(m => m.LifecycleStage == LifecycleStage.Churned),
                members.Count(m => m.LifecycleStage != LifecycleStage.Churned && m.RenewalDate >= today && m.RenewalDate.DayNumber - today.DayNumber <= RenewalWindowDays),
                counts.Score,
                counts.Responses));
    }

    private static SegmentDistribution Distribution(List<CustomerSegment> segments, int total) => new(
        segments.ToDictionary(s => s.SegmentId, s => s.ClientCount, StringComparer.Ordinal),
        segments.ToDictionary(s => s.SegmentId, s => s.TotalArr, StringComparer.Ordinal),
        segments.ToDictionary(s => s.SegmentId, s => Stats.Percent(s.ClientCount, total), StringComparer.Ordinal));

    private static ConcentrationAnalysis Concentration(List<CustomerSegment> segments)
    {
        if (segments.Count == 0)
            return new ConcentrationAnalysis(null, null, null, null, null);
        var byArr = segments.OrderByDescending(s => s.TotalArr).ThenBy(s => s.SegmentId, StringComparer.Ordinal).ToList();
        var segmentedArr = byArr.Sum(s => s.TotalArr);
        int? pareto = null;
        if (segmentedArr > 0)
        {
            var cumulative = 0m;
            pareto = 0;
            foreach (var s in byArr)
            {
                cumulative += s.TotalArr;
                pareto++;
                if (cumulative >= 0.8m * segmentedArr)
                    break;
            }
        }

        return new ConcentrationAnalysis(
            segments.OrderByDescending(s => s.ClientCount).ThenBy(s => s.SegmentId, StringComparer.Ordinal).First().SegmentId,
            byArr[0].SegmentId,
            pareto,
            pareto is { } p ? Rounding.Ratio(p / (decimal)segments.Count) : null,
            Stats.Percent(byArr[0].TotalArr, segmentedArr));
    }

    private static string Reason(string basis) =>
        basis.StartsWith("ARR ", StringComparison.Ordinal) ? "ARR below 10,000"
        : basis.StartsWith("industry '", StringComparison.Ordinal) ? "industry not in criteria.industries"
        : basis;

    private static List<string> Notes(List<ClientFacts> clients, List<CustomerSegment> segments, SegmentCustomers query)
    {
        var notes = new List<string>();
        if (clients.Count == 0)
            notes.Add("No client matches the filters, so there is nothing to segment.");
        else if (segments.Count == 0)
            notes.Add($"No segment reached min_segment_size {query.MinSegmentSize}; lower it to see the smaller segments.");
        if (query.SegmentId is { } id && segments.All(s => s.SegmentId != id))
            notes.Add($"segment_id '{id}' is not one of this result's segments, so no members are listed.");
        var unscored = clients.Count(c => c.HealthScore is null);
        if (unscored > 0)
            notes.Add($"{unscored} of {clients.Count} clients have no stored health score; average health covers scored clients only. Run calculate_health_score to score them.");
        return notes;
    }
}
