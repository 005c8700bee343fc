using System.Globalization;

namespace CsMcp.Infrastructure.Integrations.Http;

/// <summary>How long a vendor asked to wait: Retry-After (seconds or HTTP date), else X-RateLimit-Reset (Unix time or seconds).</summary>
public static class RetryAfter
{
    private const long UnixTimeThreshold = 1_000_000_000;

    public static TimeSpan? Read(HttpResponseMessage? response, TimeProvider time)
    {
        if (response is null)
            return null;
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
            return Positive(date - time.GetUtcNow());
        if (response.StatusCode != System.Net.HttpStatusCode.TooManyRequests
            || !response.Headers.TryGetValues("X-RateLimit-Reset", out var values))
            return null;
        var first = values.FirstOrDefault();
        if (!long.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset) || reset < 0)
            return null;
        return reset >= UnixTimeThreshold
            ? Positive(DateTimeOffset.FromUnixTimeSeconds(reset) - time.GetUtcNow())
            : TimeSpan.FromSeconds(reset);
    }

    public static TimeSpan? Read(System.Net.Http.Headers.HttpResponseHeaders? headers, System.Net.HttpStatusCode status, TimeProvider time)
    {
        if (headers is null)
            return null;
        using var response = new HttpResponseMessage(status);
        foreach (var header in headers)
            response.Headers.TryAddWithoutValidation(header.Key, header.Value);
        return Read(response, time);
    }

    private static TimeSpan Positive(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;
}
