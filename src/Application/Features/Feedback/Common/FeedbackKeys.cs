namespace CsMcp.Application.Features.Feedback.Common;

/// <summary>Business keys in the original's shape, <c>FB-&lt;unix-ms&gt;</c> / <c>PI-&lt;unix-ms&gt;</c> / <c>VOC-&lt;yyyyMMdd-HHmmss&gt;</c>, with a suffix on collision.</summary>
public static class FeedbackKeys
{
    public static Task<string> MintAsync(string prefix, DateTimeOffset now, Func<string, Task<bool>> exists) =>
        UniqueAsync($"{prefix}-{now.ToUnixTimeMilliseconds()}", exists);

    /// <summary>The stem itself, or the stem with -2, -3, ... when it is taken.</summary>
    public static async Task<string> UniqueAsync(string stem, Func<string, Task<bool>> exists)
    {
        ArgumentNullException.ThrowIfNull(exists);
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? stem : $"{stem}-{attempt}";
            if (!await exists(candidate))
                return candidate;
        }
    }
}
