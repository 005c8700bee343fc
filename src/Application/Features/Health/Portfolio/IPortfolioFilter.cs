namespace CsMcp.Application.Features.Health.Portfolio;

/// <summary>The client filters every portfolio-wide health tool accepts (the same names as list_clients, plus an ARR range).</summary>
public interface IPortfolioFilter
{
    string? TierFilter { get; }
    string? LifecycleStageFilter { get; }
    decimal? ArrMin { get; }
    decimal? ArrMax { get; }
    int? HealthScoreMin { get; }
    int? HealthScoreMax { get; }
}

/// <summary>Paging of a portfolio tool's client list, the same as list_clients.</summary>
public interface IPagedRequest
{
    int Limit { get; }
    int Offset { get; }
}
