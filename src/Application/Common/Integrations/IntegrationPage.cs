namespace CsMcp.Application.Common.Integrations;

/// <summary>Which page of a vendor list to read: an opaque cursor from the previous page (null for the first) and a page size.</summary>
public sealed record PageRequest(string? Cursor = null, int Limit = 50)
{
    public static PageRequest First(int limit = 50) => new(null, limit);
}

/// <summary>One page of a vendor list. <see cref="NextCursor"/> is null on the last page; <see cref="TotalCount"/> when the vendor reports it.</summary>
public sealed record IntegrationPage<T>(IReadOnlyList<T> Items, string? NextCursor, int? TotalCount)
{
    public bool HasMore => NextCursor is not null;
}
