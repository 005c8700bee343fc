namespace CsMcp.Application.Features.Retention.Common;

/// <summary>
/// Public ids of retention records: <c>&lt;prefix&gt;_&lt;unix-ms&gt;</c>, like the original's <c>esc_&lt;unix&gt;</c> but in
/// milliseconds, with <c>_2</c>, <c>_3</c>... when the id is taken, so two records created in the same instant never collide.
/// </summary>
public static class BusinessKeys
{
    public static async Task<string> MintAsync(string prefix, DateTimeOffset now, Func<string, Task<bool>> exists)
    {
        var stem = $"{prefix}_{now.ToUnixTimeMilliseconds()}";
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? stem : $"{stem}_{attempt}";
            if (!await exists(candidate))
                return candidate;
        }
    }
}
