namespace CsMcp.Application.Features.Feedback.Common;

/// <summary>Business keys in the original's shape, <c>FB-&lt;unix-ms&gt;</c> / <c>PI-&lt;unix-ms&gt;</c>, with a suffix on collision.</summary>
public static class FeedbackKeys
{
    public static async Task<string> MintAsync(string prefix, DateTimeOffset now, Func<string, Task<bool>> exists)
    {
        ArgumentNullException.ThrowIfNull(exists);
        var stem = $"{prefix}-{now.ToUnixTimeMilliseconds()}";
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? stem : $"{stem}-{attempt}";
            if (!await exists(candidate))
                return candidate;
        }
    }
}
