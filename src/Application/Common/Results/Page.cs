namespace CsMcp.Application.Common.Results;

/// <summary>Paging facts of a list result: totals over the whole filtered result, not the page.</summary>
public sealed record Page(int TotalCount, int Limit, int Offset, int ReturnedCount, bool HasMore, int? NextOffset, bool Truncated)
{
    public static Page Of(int totalCount, int limit, int offset, int returnedCount, bool truncated)
    {
        var nextOffset = offset + returnedCount;
        var hasMore = nextOffset < totalCount;
        return new Page(totalCount, limit, offset, returnedCount, hasMore, hasMore ? nextOffset : null, truncated);
    }
}
