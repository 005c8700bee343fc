using System.ComponentModel;
using CsMcp.Application.Common.Tools;
using CsMcp.Domain.Clients;

namespace CsMcp.Application.Common.Portfolio;

/// <summary>
/// The portfolio filters, spelled once. Every portfolio-wide tool request derives from this record, so its arguments are the
/// tool's own top-level arguments; <see cref="PortfolioScopeValidator"/> checks them and <see cref="PortfolioScopeQuery.InScope"/>
/// applies them. Every filter is optional; given filters combine with AND, values within one list with OR.
/// The original server's spellings are accepted as aliases (docs/portfolio-scope.md).
/// </summary>
public record PortfolioScope
{
    [Description("Only these tiers.")]
    [OneOf<ClientTier>]
    [ArgumentAlias("tier_filter", "tier")]
    public IReadOnlyList<string>? Tiers { get; init; }

    [Description("Only these stages.")]
    [OneOf<LifecycleStage>]
    [ArgumentAlias("lifecycle_stage_filter", "lifecycle_stage")]
    public IReadOnlyList<string>? LifecycleStages { get; init; }

    [Description("Only these industries.")]
    [ArgumentAlias("industry")]
    public IReadOnlyList<string>? Industries { get; init; }

    [Description("Only this CSM's clients.")]
    [ArgumentAlias("csm_assigned")]
    public string? Csm { get; init; }

    [Description("Min ARR, USD.")]
    [ArgumentAlias("min_arr")]
    public decimal? ArrMin { get; init; }

    [Description("Max ARR, USD.")]
    [ArgumentAlias("max_arr")]
    public decimal? ArrMax { get; init; }

    [Description("Min health score 0-100 (unscored excluded).")]
    [ArgumentAlias("health_min")]
    public int? HealthScoreMin { get; init; }

    [Description("Max health score 0-100 (unscored excluded).")]
    [ArgumentAlias("health_max")]
    public int? HealthScoreMax { get; init; }

    [Description("Renewing within N days, 1-730, overdue included.")]
    public int? RenewalWithinDays { get; init; }
}
