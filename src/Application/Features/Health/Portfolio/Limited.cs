namespace CsMcp.Application.Features.Health.Portfolio;

/// <summary>A list cut to the limit; total is the length before the cut.</summary>
public sealed record Limited<T>(int Total, int Returned, IReadOnlyList<T> Items)
{
    public static Limited<T> Of(IReadOnlyCollection<T> all, int limit)
    {
        var items = all.Take(limit).ToList();
        return new(all.Count, items.Count, items);
    }
}
