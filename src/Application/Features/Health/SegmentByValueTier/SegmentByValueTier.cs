using System.ComponentModel;
using System.Text.Json;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Health;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.SegmentByValueTier;

[Tool("segment_by_value_tier", Toolsets.Health, Title = "Segment by value tier", ReadOnly = true, Idempotent = true)]
[Description("Groups clients into ARR tiers (default strategic >= 200k, enterprise 100k-200k, professional 50k-100k, standard 10k-50k, "
    + "starter < 10k) with counts, ARR, health, NPS, contract length from stored data; service policy and CSM coverage per tier, VIPs, "
    + "upgrade candidates, downgrade risks, paged clients.")]
public sealed record SegmentByValueTier : PortfolioScope, IQuery<SegmentByValueTierResult>, IPagedRequest
{
    [Description("Ignored, as by the original; use tier_definitions and the filters.")]
    public IReadOnlyDictionary<string, JsonElement>? SegmentationCriteria { get; init; }

    [Description("Own tiers: array of {tier_id, name, min_arr, max_arr, service_level, clients_per_csm, response_sla_hours, "
        + "csm_annual_cost}, or object tier_id -> same. Bands [min_arr, max_arr) tile 0 up, no gaps/overlaps; only the top omits max_arr.")]
    public ValueTierDefinitions? TierDefinitions { get; init; }

    [Description("Each tier's service level, CSM ratio, response SLA. Default true.")]
    public bool ServiceLevelMapping { get; init; } = true;

    [Description("VIPs: unchurned top-tier clients, ARR desc. Default true.")]
    public bool VipIdentification { get; init; } = true;

    [Description("CSMs needed and cost per tier. Default true.")]
    public bool ResourcePlanning { get; init; } = true;

    [Description("Max VIPs, 0-100, default 20.")]
    public int VipLimit { get; init; } = 20;

    [Description("Max upgrade candidates and downgrade risks per tier, 0-100, default 5.")]
    public int CandidatesPerTier { get; init; } = 5;

    [Description("Client page size (ARR desc), 1-1000, default 50.")]
    public int Limit { get; init; } = 50;

    [Description(Paging.OffsetText)]
    public int Offset { get; init; }
}

public sealed class SegmentByValueTierHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<SegmentByValueTier, SegmentByValueTierResult>
{
    public const int NpsWindowDays = 90;
    public const int UpgradeHealth = 75;
    public const decimal UpgradeShareOfMax = 0.7m;
    public const int DowngradeHealth = HealthBands.AtRiskBelow;
    public const int CriticalHealth = 50;
    public const int HighHealth = 85;
    public const decimal PremiumArr = 300_000m;
    private const decimal DaysPerMonth = 30.44m;
    private const string PolicyBasis = "stated policy, not a measurement";

    public async ValueTask<SegmentByValueTierResult> Handle(SegmentByValueTier query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var definitions = (query.TierDefinitions?.Tiers ?? DefaultValueTiers.All).OrderByDescending(t => t.MinArr).ToList();
        var filtered = db.Clients.AsNoTracking().InScope(query, DateOnly.FromDateTime(now));
        var clients = await filtered.LoadFactsAsync(cancellationToken);
        var nps = await db.NpsByClientAsync(filtered, now.AddDays(-NpsWindowDays), cancellationToken);
        var contracts = await db.Contracts.AsNoTracking()
            .Join(filtered, k => k.ClientId, c => c.ClientId, (k, c) => new { k.ClientId, k.StartDate, k.EndDate })
            .ToListAsync(cancellationToken);
        var contractDays = contracts.ToLookup(k => k.ClientId, k => k.EndDate.DayNumber - k.StartDate.DayNumber + 1, StringComparer.Ordinal);

        var tierOf = clients.ToDictionary(c => c.ClientId, c => definitions.First(t => c.Arr >= t.MinArr).TierId, StringComparer.Ordinal);
        var byTier = clients.ToLookup(c => tierOf[c.ClientId], StringComparer.Ordinal);
        var totalArr = clients.Sum(c => c.Arr);
        var tiers = definitions.Select(t => Summary(t, [.. byTier[t.TierId]], totalArr, nps, contractDays, query.ServiceLevelMapping, query.TierDefinitions is null)).ToList();

        var ordered = clients.OrderByDescending(c => c.Arr).ThenBy(c => c.ClientId, StringComparer.Ordinal).ToList();
        var (page, truncated) = ResultBudget.Take(ordered.Skip(query.Offset).Take(query.Limit)
            .Select(c => new TieredClient(c.ClientId, c.ClientName, tierOf[c.ClientId], c.Arr, c.HealthScore, c.Tier, c.LifecycleStage)).ToList());

        return new SegmentByValueTierResult(
            now,
            query.TierDefinitions is null ? "default tiers of the reference (section 1.3.7)" : "tier_definitions",
            AppliedScope.Of(query),
            clients.Count,
            totalArr,
            tiers,
            query.VipIdentification ? Vips(definitions[0], byTier[definitions[0].TierId], query.VipLimit) : null,
            [.. definitions.SelectMany((t, i) => Upgrades(t, i == 0 ? null : definitions[i - 1], byTier[t.TierId], query.CandidatesPerTier))],
            [.. definitions.SelectMany(t => Downgrades(t, byTier[t.TierId], query.CandidatesPerTier))],
            query.ResourcePlanning ? Plan(definitions, tiers) : null,
            page,
            Page.Of(ordered.Count, query.Limit, query.Offset, page.Count, truncated),
            Rules,
            Notes(clients));
    }

    private static readonly IReadOnlyList<string> Rules =
    [
        "tier: the band [min_arr, max_arr) that holds the client's stored ARR (contract_value), not the product tier column.",
        $"VIP: a client of the top tier whose lifecycle stage is not churned, by ARR descending; reasons add health >= {HighHealth} and ARR >= {PremiumArr:0}.",
        $"upgrade candidate: stored health >= {UpgradeHealth}, stage not at_risk or churned, ARR >= {UpgradeShareOfMax} x the tier's max_arr; arr_gap_to_next_tier = max_arr - ARR.",
        $"downgrade risk: stored health < {DowngradeHealth}, stage not churned; risk_score = 1 - health/100; severity critical below {CriticalHealth}, else high.",
        $"NPS: % promoters - % detractors of the tier's NPS answers in the last {NpsWindowDays} days.",
        "contract length: mean of (end_date - start_date + 1) over every stored contract term of the tier's clients; months = days / 30.44.",
        "service policy and CSM coverage: stated policy (reference defaults or tier_definitions), not measurements.",
    ];

    private static ValueTierSummary Summary(ValueTierDefinition t, List<ClientFacts> members, decimal totalArr, Dictionary<string, NpsCounts> nps,
        ILookup<string, int> contractDays, bool withPolicy, bool isDefault)
    {
        var arr = members.Sum(m => m.Arr);
        var scored = members.Where(m => m.HealthScore is not null).Select(m => m.HealthScore!.Value).ToList();
        var counts = NpsCounts.Sum(members.Select(m => nps.GetValueOrDefault(m.ClientId, NpsCounts.None)));
        var days = members.SelectMany(m => contractDays[m.ClientId]).ToList();
        var avgDays = days.Count == 0 ? (decimal?)null : Rounding.Average((decimal)days.Sum() / days.Count);
        return new ValueTierSummary(
            t.TierId, t.Name ?? t.TierId, t.MinArr, t.MaxArr, members.Count, arr,
            members.Count == 0 ? null : Rounding.Amount(arr / members.Count),
            Stats.Percent(arr, totalArr), Stats.Average(scored), scored.Count, counts.Score, counts.Responses,
            avgDays, avgDays is { } d ? Rounding.Average(d / DaysPerMonth) : null, days.Count,
            Enum.GetValues<ClientTier>().ToDictionary(EnumCodes<ClientTier>.ToCode, tier => members.Count(m => m.Tier == tier)),
            withPolicy ? new ServicePolicy(t.ServiceLevel, t.ClientsPerCsm, t.ResponseSlaHours, t.CsmAnnualCost,
                isDefault ? $"{PolicyBasis} (reference section 1.3.7)" : $"{PolicyBasis} (tier_definitions)") : null);
    }

    private static List<VipClient> Vips(ValueTierDefinition top, IEnumerable<ClientFacts> members, int limit) =>
    [
        .. members.Where(m => m.LifecycleStage != LifecycleStage.Churned)
            .OrderByDescending(m => m.Arr).ThenBy(m => m.ClientId, StringComparer.Ordinal).Take(limit)
            .Select(m => new VipClient(m.ClientId, m.ClientName, top.TierId, m.Arr, m.HealthScore, m.LifecycleStage, Reasons(m, top))),
    ];

    private static List<string> Reasons(ClientFacts m, ValueTierDefinition top)
    {
        var reasons = new List<string> { $"ARR {Money.Plain(m.Arr)} in the top tier ({top.TierId}, >= {Money.Plain(top.MinArr)})" };
        if (m.HealthScore >= HighHealth)
            reasons.Add($"high health ({m.HealthScore})");
        if (m.Arr >= PremiumArr)
            reasons.Add($"premium ARR (>= {Money.Plain(PremiumArr)})");
        return reasons;
    }

    private static IEnumerable<UpgradeCandidate> Upgrades(ValueTierDefinition t, ValueTierDefinition? next, IEnumerable<ClientFacts> members, int limit) =>
        t.MaxArr is not { } max ? []
        : members.Where(m => m.HealthScore >= UpgradeHealth && m.LifecycleStage is not LifecycleStage.AtRisk and not LifecycleStage.Churned && m.Arr >= UpgradeShareOfMax * max)
            .OrderByDescending(m => m.Arr).ThenBy(m => m.ClientId, StringComparer.Ordinal).Take(limit)
            .Select(m => new UpgradeCandidate(m.ClientId, m.ClientName, t.TierId, next?.TierId, m.Arr, max - m.Arr, m.HealthScore!.Value, m.LifecycleStage));

    private static IEnumerable<DowngradeRisk> Downgrades(ValueTierDefinition t, IEnumerable<ClientFacts> members, int limit) =>
        members.Where(m => m.HealthScore < DowngradeHealth && m.LifecycleStage != LifecycleStage.Churned)
            .OrderBy(m => m.HealthScore).ThenByDescending(m => m.Arr).ThenBy(m => m.ClientId, StringComparer.Ordinal).Take(limit)
            .Select(m => new DowngradeRisk(m.ClientId, m.ClientName, t.TierId, m.Arr, m.HealthScore!.Value, Rounding.Amount(1m - m.HealthScore.Value / 100m),
                m.HealthScore < CriticalHealth ? "critical" : "high", m.LifecycleStage));

    private static ResourcePlan Plan(List<ValueTierDefinition> definitions, List<ValueTierSummary> tiers)
    {
        var coverage = definitions.Zip(tiers, (t, s) =>
        {
            var csms = t.ClientsPerCsm is { } ratio ? (s.ClientCount + ratio - 1) / ratio : 0;
            return new TierCoverage(t.TierId, s.ClientCount, t.ClientsPerCsm, csms, csms * (t.CsmAnnualCost ?? 0m));
        }).ToList();
        return new ResourcePlan(coverage, coverage.Sum(c => c.CsmsNeeded), coverage.Sum(c => c.EstimatedAnnualCost),
            "CSMs needed = ceil(clients / clients_per_csm); cost = CSMs x csm_annual_cost; tiers without clients_per_csm are self-service (0 CSMs). Stated policy applied to real counts.");
    }

    private static List<string> Notes(List<ClientFacts> clients)
    {
        var unscored = clients.Count(c => c.HealthScore is null);
        return unscored == 0 ? [] :
        [
            $"{unscored} of {clients.Count} clients have no stored health score: they are never upgrade candidates or downgrade risks, and average health covers scored clients only. Run calculate_health_score to score them.",
        ];
    }
}
