using System.ComponentModel;
using System.Globalization;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Health;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.CalculateHealthScore;

[Tool("calculate_health_score", Toolsets.Health, Title = "Calculate health score", Idempotent = true)]
[Description("Scores a client's health 0-100 from stored usage, engagement, tickets, NPS/CSAT and payment status in the lookback window, "
    + "with evidence per component; stores the day's snapshot (replacing a same-day one) and returns the history. Without client_id: "
    + "rescores the filtered portfolio; risk-band summary and paged list, worst first.")]
public sealed record CalculateHealthScore : PortfolioScope, ICommand<CalculateHealthScoreResult>
{
    [Description("e.g. cs_1764201600000_acme_corp; omit for the portfolio.")]
    public string? ClientId { get; init; }

    [Description("custom: component_weights; ml_predictive scores as weighted_composite (no model), saying so. Default weighted_composite.")]
    [OneOf<ScoringModel>]
    public string ScoringModel { get; init; } = "weighted_composite";

    [Description("custom only, required: each 0-1, summing to 1 (+/- 0.01).")]
    public ComponentWeights? ComponentWeights { get; init; }

    [Description("Days up to today (UTC), 1-365, default 30.")]
    public int LookbackPeriodDays { get; init; } = 30;

    [Description("Score projected from snapshot history (linear trend) if long enough. Default true.")]
    public bool IncludePredictions { get; init; } = true;

    [Description("Scores below this (0-100) raise health_below_threshold. Default 60.")]
    public decimal RiskThreshold { get; init; } = 60m;

    [Description("Portfolio: list page size, 1-500, default 50; the summary covers all.")]
    public int Limit { get; init; } = 50;

    [Description("Portfolio: clients to skip, >= 0, default 0.")]
    public int Offset { get; init; }
}

[Description("Custom weights, each 0-1, summing to 1.")]
public sealed record ComponentWeights
{
    [Description("Usage (default 0.35).")]
    public decimal? UsageWeight { get; init; }

    [Description("Engagement (default 0.25).")]
    public decimal? EngagementWeight { get; init; }

    [Description("Support (default 0.15).")]
    public decimal? SupportWeight { get; init; }

    [Description("NPS, CSAT (default 0.15).")]
    public decimal? SatisfactionWeight { get; init; }

    [Description("Payment (default 0.10).")]
    public decimal? PaymentWeight { get; init; }
}

/// <summary>
/// One client: the evaluation (facts, previous snapshot, assessment, history) is cached per arguments and day under
/// CacheTypes.HealthScore. It depends only on stored data of the client and the day, and every write to that client's
/// rows drops it; the write this tool makes (today's snapshot) happens only when the stored snapshot differs, so a repeated
/// call on unchanged data is a cache hit that writes nothing. The portfolio recalculation writes and is never cached.
/// </summary>
public sealed class CalculateHealthScoreHandler(
    IAppDbContext db,
    HealthScoringService scoring,
    HealthWeightSettings settings,
    IReadCache cache,
    TimeProvider time) : ICommandHandler<CalculateHealthScore, CalculateHealthScoreResult>
{
    public const int HistoryLimit = 24;

    public async ValueTask<CalculateHealthScoreResult> Handle(CalculateHealthScore command, CancellationToken cancellationToken)
    {
        var model = EnumCodes<ScoringModel>.Parse(command.ScoringModel);
        var weights = model == ScoringModel.Custom && command.ComponentWeights is { } custom ? ToWeights(custom) : settings.Weights;
        var options = new HealthScoringOptions(weights, EnumCodes<ScoringModel>.ToCode(model), command.LookbackPeriodDays, command.RiskThreshold);
        return command.ClientId is { } clientId
            ? new CalculateHealthScoreResult("client", await ClientAsync(clientId, options, model, command.IncludePredictions, cancellationToken), null)
            : new CalculateHealthScoreResult("portfolio", null, await PortfolioAsync(command, options, model, cancellationToken));
    }

    public static HealthWeights ToWeights(ComponentWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return new(weights.UsageWeight ?? 0m, weights.EngagementWeight ?? 0m, weights.SupportWeight ?? 0m, weights.SatisfactionWeight ?? 0m, weights.PaymentWeight ?? 0m);
    }

    private async Task<ClientHealthScore> ClientAsync(string clientId, HealthScoringOptions options, ScoringModel model, bool predictions, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var key = string.Join('|', options.ScoringModel, options.Weights.Usage, options.Weights.Engagement, options.Weights.Support,
            options.Weights.Satisfaction, options.Weights.Payment, options.LookbackDays, options.RiskThreshold.ToString(CultureInfo.InvariantCulture),
            today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var cached = await cache.GetOrCreateAsync(CacheTypes.HealthScore, key, clientId,
            async ct => await EvaluateAsync(clientId, options, ct), cancellationToken);

        var evaluation = cached.Evaluation;
        SnapshotOutcome outcome;
        if (evaluation.Assessment.Overall is null)
            outcome = new SnapshotOutcome("not_stored", null, null);
        else if (evaluation.MatchesStored && evaluation.StoredToday is { } same)
            outcome = new SnapshotOutcome("unchanged", same.Id, same.CalculatedAt);
        else
        {
            var snapshot = await scoring.SaveAsync(evaluation, options, cancellationToken);
            outcome = new SnapshotOutcome("stored", snapshot!.Id, snapshot.CalculatedAt);
        }

        List<(DateTime, int)> points = [.. cached.History.Select(h => (h.Date, h.HealthScore))];
        if (evaluation.Assessment.Overall is { } overall)
            points.Add((evaluation.AsOf, overall));
        return new ClientHealthScore(
            clientId,
            cached.ClientName,
            evaluation.AsOf,
            options.ScoringModel,
            ModelNote(model),
            options.Weights,
            outcome,
            evaluation.Assessment,
            evaluation.Facts.Basis,
            cached.History,
            cached.HistoryTotal,
            predictions ? HealthProjection.Project(points, evaluation.AsOf) : null);
    }

    private async Task<CachedClientHealth> EvaluateAsync(string clientId, HealthScoringOptions options, CancellationToken cancellationToken)
    {
        var evaluation = await scoring.EvaluateAsync(clientId, options, cancellationToken);
        var name = await db.Clients.AsNoTracking().Where(c => c.ClientId == clientId).Select(c => c.ClientName).SingleAsync(cancellationToken);
        var dayStart = DateOnly.FromDateTime(evaluation.AsOf).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var earlier = db.HealthSnapshots.AsNoTracking().Where(s => s.ClientId == clientId && s.CalculatedAt < dayStart);
        var total = await earlier.CountAsync(cancellationToken);
        var history = await earlier.OrderByDescending(s => s.CalculatedAt).ThenByDescending(s => s.Id).Take(HistoryLimit)
            .Select(s => new HistoricalScore(s.CalculatedAt, s.OverallScore, s.Trend, s.LookbackDays, s.ScoringModel))
            .ToListAsync(cancellationToken);
        history.Reverse();
        return new CachedClientHealth(evaluation, name, history, total);
    }

    private async Task<PortfolioHealthRecalculation> PortfolioAsync(CalculateHealthScore command, HealthScoringOptions options, ScoringModel model, CancellationToken cancellationToken)
    {
        var clients = db.Clients.InScope(command, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

        var scored = await scoring.ScoreManyAsync(clients, options, cancellationToken);
        var withScore = scored.Where(s => s.Assessment.Overall is not null).ToList();
        var ordered = scored.OrderBy(s => s.Assessment.Overall ?? int.MaxValue).ThenBy(s => s.Client.ClientId, StringComparer.Ordinal).ToList();
        var pageRows = ordered.Skip(command.Offset).Take(command.Limit).Select(Row).ToList();
        var (rows, truncated) = ResultBudget.Take(pageRows);

        var summary = new PortfolioHealthSummary(
            scored.Count,
            withScore.Count,
            scored.Count - withScore.Count,
            withScore.Count,
            withScore.Count == 0 ? null : Rounding.Average((decimal)withScore.Average(s => s.Assessment.Overall!.Value)),
            Enum.GetValues<RiskLevel>().ToDictionary(EnumCodes<RiskLevel>.ToCode, r => withScore.Count(s => s.Assessment.RiskLevel == r)),
            Enum.GetValues<HealthTrend>().ToDictionary(EnumCodes<HealthTrend>.ToCode, t => withScore.Count(s => s.Assessment.Trend == t)),
            scored.Count(s => s.Assessment.Alerts.Count > 0),
            withScore.Where(s => s.Assessment.RiskLevel is RiskLevel.High or RiskLevel.Critical).Sum(s => s.Client.ContractValue));
        return new PortfolioHealthRecalculation(
            time.GetUtcNow().UtcDateTime,
            options.ScoringModel,
            ModelNote(model),
            options.Weights,
            options.LookbackDays,
            AppliedScope.Of(command),
            summary,
            rows,
            Page.Of(scored.Count, command.Limit, command.Offset, rows.Count, truncated));
    }

    private static PortfolioClientScore Row(ScoredClient s) => new(
        s.Client.ClientId,
        s.Client.ClientName,
        s.Client.Tier,
        s.Client.LifecycleStage,
        s.Client.ContractValue,
        s.Assessment.Overall,
        s.Assessment.RiskLevel,
        s.Assessment.Trend,
        s.Assessment.Change,
        s.Assessment.Churn?.Probability,
        s.Assessment.NegativeDrivers.Count > 0 ? EnumCodes<HealthComponent>.ToCode(s.Assessment.NegativeDrivers[0].Component) : null,
        [.. s.Assessment.Alerts.Select(a => EnumCodes<HealthAlertType>.ToCode(a.Type))],
        s.Assessment.ComponentsWithoutData);

    private static string ModelNote(ScoringModel model) => model switch
    {
        ScoringModel.Custom => "Weighted composite with the weights given in component_weights.",
        ScoringModel.MlPredictive => "There is no trained model: ml_predictive is accepted for compatibility and scored as the weighted composite with the configured weights.",
        _ => "Weighted composite with the configured weights (HEALTH_SCORE_WEIGHT_* or the defaults 0.35/0.25/0.15/0.15/0.10).",
    };

    /// <summary>Kept in memory by the cache as is (immutable), so it is never serialized.</summary>
    [ImmutableObject(true)]
    private sealed record CachedClientHealth(HealthEvaluation Evaluation, string ClientName, IReadOnlyList<HistoricalScore> History, int HistoryTotal);
}
