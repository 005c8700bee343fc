using System.ComponentModel;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Surveys;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.TrackAdoptionMilestones;

[Tool("track_adoption_milestones", Toolsets.Health, Title = "Track adoption milestones", ReadOnly = true, Idempotent = true)]
[Description("Evaluates adoption milestones per client from stored usage, feature adoption, engagement and NPS: the standard eight "
    + "(activated, first value, team onboarded, core features, integration, advanced features, business review, champion) or "
    + "custom_milestones. Returns dates and evidence, completion rates, time to milestone, stuck and fast-track clients, paged progress.")]
public sealed record TrackAdoptionMilestones : PortfolioScope, IQuery<TrackAdoptionMilestonesResult>, IPagedRequest
{
    [Description("Only this client. Default the portfolio.")]
    public string? ClientId { get; init; }

    [Description("custom: custom_milestones; industry_specific evaluates the standard eight (none stored), saying so. Default standard.")]
    [OneOf<MilestoneFramework>]
    public string MilestoneFramework { get; init; } = "standard";

    [Description("custom only, required: 1-20, in expected order.")]
    public IReadOnlyList<CustomMilestone>? CustomMilestones { get; init; }

    [Description("Per milestone: share achieved, on time, median days vs timeframe. Default true.")]
    public bool IncludeBenchmarks { get; init; } = true;

    [Description("Critical/high milestones reached in the last 14 days. Default true.")]
    public bool CelebrationRecommendations { get; init; } = true;

    [Description("customer_progress page size (by name), stuck/fast-track cap, 1-1000, default 50.")]
    public int Limit { get; init; } = 50;

    [Description(Paging.OffsetText)]
    public int Offset { get; init; }
}

public sealed class TrackAdoptionMilestonesHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<TrackAdoptionMilestones, TrackAdoptionMilestonesResult>
{
    public const int StuckHighPriorityDays = 60;
    public const decimal FastTrackCompletion = 50m;
    public const decimal FastTrackShare = 0.5m;
    private static readonly string[] StuckImportance = ["critical", "high"];

    public async ValueTask<TrackAdoptionMilestonesResult> Handle(TrackAdoptionMilestones query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = time.Today();
        if (query.ClientId is not null && !await db.ClientExistsAsync(query.ClientId, cancellationToken))
            throw NotFoundException.Client(query.ClientId);
        var framework = EnumCodes<MilestoneFramework>.Parse(query.MilestoneFramework);
        var custom = framework == MilestoneFramework.Custom;
        var milestones = custom
            ? query.CustomMilestones!.Select(m => new Milestone(m.MilestoneId, m.MilestoneName.Trim(), "custom", m.TypicalTimeframeDays, m.Importance.Trim().ToLowerInvariant(), m.Rule ?? StandardMilestones.Named(m.MilestoneName)!.Rule)).ToList()
            : [.. StandardMilestones.All];

        var features = (await db.Features.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(f => f.FeatureId, StringComparer.Ordinal);
        for (var i = 0; i < milestones.Count; i++)
        {
            if (milestones[i].Rule.Kind.Trim().Equals(MilestoneKinds.FeatureAdopted, StringComparison.OrdinalIgnoreCase) && !features.ContainsKey(milestones[i].Rule.FeatureId!))
                throw new ValidationException($"custom_milestones[{i}].rule.feature_id", $"'feature_id' '{milestones[i].Rule.FeatureId}' is not in the feature catalogue; call track_feature_adoption to see the feature ids.");
        }

        var filtered = db.Clients.AsNoTracking().InScope(query, today).OfClient(query.ClientId);
        var clients = (await filtered.LoadFactsAsync(cancellationToken)).OrderBy(c => c.NormalizedName, StringComparer.Ordinal).ThenBy(c => c.ClientId, StringComparer.Ordinal).ToList();
        var evidence = await LoadEvidenceAsync(filtered, features, milestones, cancellationToken);

        var progress = clients.Select(c => Progress(c, milestones, evidence, today)).ToList();
        var stuck = progress.Zip(clients).Where(p => p.Second.LifecycleStage != LifecycleStage.Churned).Select(p => Stuck(p.First, milestones)).OfType<StuckCustomer>()
            .OrderByDescending(s => s.DaysStuck).ThenBy(s => s.ClientId, StringComparer.Ordinal).ToList();
        var fast = progress.Select(p => FastTrack(p, milestones)).OfType<FastTrackCustomer>()
            .OrderByDescending(f => f.CompletionPercentage).ThenBy(f => f.MedianShareOfTypicalTimeframe).ThenBy(f => f.ClientId, StringComparer.Ordinal).ToList();
        var (page, truncated) = ResultBudget.Take(progress.Skip(query.Offset).Take(query.Limit).ToList());

        return new TrackAdoptionMilestonesResult(
            now,
            EnumCodes<MilestoneFramework>.ToCode(framework),
            AppliedScope.Of(query),
            query.ClientId,
            clients.Count,
            milestones.Count,
            [.. milestones.Select(m => new MilestoneDefinition(m.MilestoneId, m.MilestoneName, m.Category, m.TypicalTimeframeDays, m.Importance, MilestoneKinds.Describe(m.Rule)))],
            milestones.ToDictionary(m => m.MilestoneId, m => Stats.Ratio(progress.Count(p => Achieved(p, m.MilestoneId) is not null), progress.Count), StringComparer.Ordinal),
            progress.Count == 0 ? null : Rounding.Percent(progress.Average(p => p.CompletionPercentage)),
            milestones.ToDictionary(m => m.MilestoneId, m => DayStats.From(progress.Select(p => Achieved(p, m.MilestoneId)?.DaysToAchieve).OfType<int>()), StringComparer.Ordinal),
            [.. stuck.Take(query.Limit)],
            stuck.Count,
            [.. fast.Take(query.Limit)],
            fast.Count,
            page,
            Page.Of(progress.Count, query.Limit, query.Offset, page.Count, truncated),
            query.IncludeBenchmarks ? [.. milestones.Select(m => Benchmark(m, progress))] : null,
            query.CelebrationRecommendations ? Celebrations(progress, milestones, today, query.Limit) : null,
            Rules,
            Notes(clients.Count, framework));
    }

    public const int CelebrationDays = 14;

    private static MilestoneBenchmark Benchmark(Milestone m, List<CustomerMilestoneProgress> progress)
    {
        var achieved = progress.Select(p => Achieved(p, m.MilestoneId)).OfType<MilestoneStatus>().ToList();
        return new MilestoneBenchmark(
            m.MilestoneId,
            m.TypicalTimeframeDays,
            Stats.Ratio(achieved.Count, progress.Count),
            Stats.Ratio(achieved.Count(a => a.OnTime == true), progress.Count),
            Stats.Median([.. achieved.Select(a => a.DaysToAchieve).OfType<int>().Order()]));
    }

    private static Limited<MilestoneCelebration> Celebrations(List<CustomerMilestoneProgress> progress, List<Milestone> milestones, DateOnly today, int limit)
    {
        var since = today.AddDays(-CelebrationDays);
        var worth = milestones.Where(m => StuckImportance.Contains(m.Importance)).ToDictionary(m => m.MilestoneId, m => m, StringComparer.Ordinal);
        List<MilestoneCelebration> all =
        [
            .. progress.SelectMany(p => p.Milestones
                    .Where(s => s.AchievedOn >= since && worth.ContainsKey(s.MilestoneId))
                    .Select(s => new MilestoneCelebration(p.ClientId, p.ClientName, s.MilestoneId, worth[s.MilestoneId].MilestoneName, worth[s.MilestoneId].Importance, s.AchievedOn!.Value)))
                .OrderByDescending(c => c.AchievedOn).ThenBy(c => c.ClientId, StringComparer.Ordinal).ThenBy(c => c.MilestoneId, StringComparer.Ordinal),
        ];
        return Limited<MilestoneCelebration>.Of(all, limit);
    }

    private static List<string> Notes(int clients, MilestoneFramework framework)
    {
        var notes = new List<string>();
        if (clients == 0)
            notes.Add("No client matches the filters.");
        if (framework == MilestoneFramework.IndustrySpecific)
            notes.Add("industry_specific: no industry-specific milestone set is stored, so the standard eight were evaluated.");
        return notes;
    }

    private static readonly IReadOnlyList<string> Rules =
    [
        "start: the client's registration day (clients.created_at); days_to_achieve = achieved_on - start.",
        "achieved: the milestone's rule holds on stored data (see milestone_definitions); on_time when days_to_achieve <= typical_timeframe_days.",
        "overdue: not achieved and days since start > typical_timeframe_days; pending otherwise.",
        "current_milestone: the first milestone, in framework order, not yet achieved.",
        $"stuck: a client not churned with an overdue critical or high milestone; days_stuck = the largest days past such a milestone's timeframe; priority high above {StuckHighPriorityDays} days.",
        $"fast track: at least {FastTrackCompletion}% of milestones achieved and every achieved one within {FastTrackShare} of its typical timeframe.",
        "completion rate: clients that achieved the milestone / clients in scope.",
        "benchmark: against the framework's typical timeframes; no external benchmark is stored.",
        $"celebration: a critical or high milestone achieved in the last {CelebrationDays} days.",
    ];

    private async Task<MilestoneEvidence> LoadEvidenceAsync(IQueryable<Client> clients, Dictionary<string, Domain.Features.Feature> features, List<Milestone> milestones, CancellationToken cancellationToken)
    {
        var kinds = milestones.Select(m => m.Rule.Kind.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var usage = kinds.Contains(MilestoneKinds.FirstActiveUsage) || kinds.Contains(MilestoneKinds.ActiveUserRatio)
            ? await db.UsagePeriods.AsNoTracking().Join(clients, u => u.ClientId, c => c.ClientId, (u, c) => new { u.ClientId, u.PeriodStart, u.PeriodEnd, u.ActiveUsers, u.TotalUsers })
                .ToListAsync(cancellationToken)
            : [];
        var adoptions = kinds.Overlaps([MilestoneKinds.FeatureAdopted, MilestoneKinds.CategoryFeaturesAdopted, MilestoneKinds.AllCoreFeaturesAdopted])
            ? await db.FeatureAdoptions.AsNoTracking().Join(clients, a => a.ClientId, c => c.ClientId, (a, c) => new { a.ClientId, a.FeatureId, a.FirstUsedAt })
                .ToListAsync(cancellationToken)
            : [];

        var engagement = new Dictionary<string, Dictionary<string, DateTime>>(StringComparer.Ordinal);
        foreach (var rule in milestones.Select(m => m.Rule).Where(r => r.Kind.Trim().Equals(MilestoneKinds.EngagementEvent, StringComparison.OrdinalIgnoreCase)))
        {
            var key = MilestoneEvidence.EngagementKey(rule);
            if (engagement.ContainsKey(key))
                continue;
            var type = EnumCodes<EngagementType>.Parse(rule.EventType!);
            var text = rule.SummaryContains?.Trim().ToLowerInvariant();
            var events = db.EngagementEvents.AsNoTracking().Where(e => e.EventType == type);
            if (text is not null)
            {
#pragma warning disable CA1862 // The StringComparison overload does not translate to SQL on both providers; lower() + LIKE does.
                events = events.Where(e => e.Summary != null && e.Summary.ToLower().Contains(text));
#pragma warning restore CA1862
            }
            engagement[key] = await events.Join(clients, e => e.ClientId, c => c.ClientId, (e, c) => e)
                .GroupBy(e => e.ClientId).Select(g => new { g.Key, First = g.Min(e => e.OccurredAt) })
                .ToDictionaryAsync(g => g.Key, g => g.First, StringComparer.Ordinal, cancellationToken);
        }

        var promoters = kinds.Contains(MilestoneKinds.NpsPromoter)
            ? await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyType == SurveyType.Nps && r.Score >= SurveyScales.PromoterFrom)
                .Join(clients, r => r.ClientId, c => c.ClientId, (r, c) => r)
                .GroupBy(r => r.ClientId).Select(g => new { g.Key, First = g.Min(r => r.RespondedAt) })
                .ToDictionaryAsync(g => g.Key, g => g.First, StringComparer.Ordinal, cancellationToken)
            : [];

        return new MilestoneEvidence
        {
            Features = features,
            Usage = usage.ToLookup(u => u.ClientId, u => new UsageRow(u.PeriodStart, u.PeriodEnd, u.ActiveUsers, u.TotalUsers), StringComparer.Ordinal),
            Adoptions = adoptions.ToLookup(a => a.ClientId, a => new AdoptionRow(a.FeatureId, a.FirstUsedAt), StringComparer.Ordinal),
            FirstEngagement = engagement,
            FirstPromoter = promoters,
        };
    }

    private static CustomerMilestoneProgress Progress(ClientFacts client, List<Milestone> milestones, MilestoneEvidence evidence, DateOnly today)
    {
        var start = DateOnly.FromDateTime(client.CreatedAt);
        var age = Math.Max(0, today.DayNumber - start.DayNumber);
        var statuses = milestones.Select(m =>
        {
            var (on, fact) = evidence.Evaluate(m.Rule, client, today);
            if (on is { } day)
            {
                var days = Math.Max(0, day.DayNumber - start.DayNumber);
                return new MilestoneStatus(m.MilestoneId, "achieved", day, days, days <= m.TypicalTimeframeDays, fact);
            }

            return new MilestoneStatus(m.MilestoneId, age > m.TypicalTimeframeDays ? "overdue" : "pending", null, null, null, fact);
        }).ToList();
        var completed = statuses.Count(s => s.AchievedOn is not null);
        return new CustomerMilestoneProgress(client.ClientId, client.ClientName, start, age, completed,
            Rounding.Percent(completed * 100m / milestones.Count), statuses.FirstOrDefault(s => s.AchievedOn is null)?.MilestoneId, statuses);
    }

    private static MilestoneStatus? Achieved(CustomerMilestoneProgress p, string milestoneId) =>
        p.Milestones.FirstOrDefault(s => s.MilestoneId == milestoneId && s.AchievedOn is not null);

    private static StuckCustomer? Stuck(CustomerMilestoneProgress p, List<Milestone> milestones)
    {
        var overdue = milestones.Zip(p.Milestones).Where(x => x.Second.Status == "overdue" && StuckImportance.Contains(x.First.Importance)).ToList();
        if (overdue.Count == 0)
            return null;
        var daysStuck = overdue.Max(x => p.DaysSinceStart - x.First.TypicalTimeframeDays);
        return new StuckCustomer(p.ClientId, p.ClientName, p.DaysSinceStart, daysStuck, [.. overdue.Select(x => x.First.MilestoneId)],
            daysStuck > StuckHighPriorityDays ? "high" : "medium");
    }

    private static FastTrackCustomer? FastTrack(CustomerMilestoneProgress p, List<Milestone> milestones)
    {
        if (p.CompletionPercentage < FastTrackCompletion)
            return null;
        var shares = milestones.Zip(p.Milestones).Where(x => x.Second.DaysToAchieve is not null)
            .Select(x => x.Second.DaysToAchieve!.Value / (decimal)x.First.TypicalTimeframeDays).Order().ToList();
        if (shares.Any(s => s > FastTrackShare))
            return null;
        var median = shares.Count % 2 == 1 ? shares[shares.Count / 2] : (shares[(shares.Count / 2) - 1] + shares[shares.Count / 2]) / 2m;
        return new FastTrackCustomer(p.ClientId, p.ClientName, p.MilestonesCompleted, p.CompletionPercentage, Rounding.Amount(median));
    }
}
