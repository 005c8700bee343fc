using System.Text.Json;

namespace CsMcp.Application.Common.Results;

/// <summary>
/// Keeps a list result under about 100 KB so it fits a model's context. Items past the budget are not
/// dropped silently: the page reports truncated and the offset to continue from.
/// </summary>
public static class ResultBudget
{
    public const int MaxItemBytes = 90_000;

    private static readonly JsonSerializerOptions SizeOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static (List<T> Items, bool Truncated) Take<T>(IReadOnlyList<T> items, int maxBytes = MaxItemBytes)
    {
        var kept = new List<T>(items.Count);
        var used = 0;
        foreach (var item in items)
        {
            used += JsonSerializer.SerializeToUtf8Bytes(item, SizeOptions).Length + 1;
            if (used > maxBytes && kept.Count > 0)
                return (kept, true);
            kept.Add(item);
        }

        return (kept, false);
    }
}
