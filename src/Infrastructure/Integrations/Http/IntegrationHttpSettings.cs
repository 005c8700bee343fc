using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CsMcp.Infrastructure.Integrations.Http;

/// <summary>
/// Timeouts, retries, circuit breaker and slow-call thresholds shared by every integration client.
/// Defaults are the production values (docs/integrations.md); each can be overridden by a CSMCP_INTEGRATION_* or CSMCP_SLOW_API_* variable.
/// </summary>
public sealed class IntegrationHttpSettings
{
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt; 0 turns retries off.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff delay; doubles per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for: the call fails at once, saying when to retry.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    public int MinimumThroughput { get; init; } = 10;

    public double FailureRatio { get; init; } = 0.5;

    public TimeSpan SlowCallWarning { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan SlowCallError { get; init; } = TimeSpan.FromSeconds(10);

    public static IntegrationHttpSettings From(IConfiguration configuration)
    {
        var defaults = new IntegrationHttpSettings();
        return new IntegrationHttpSettings
        {
            AttemptTimeout = Milliseconds(configuration, "CSMCP_INTEGRATION_ATTEMPT_TIMEOUT_MS", defaults.AttemptTimeout),
            TotalTimeout = Milliseconds(configuration, "CSMCP_INTEGRATION_TOTAL_TIMEOUT_MS", defaults.TotalTimeout),
            MaxRetries = Integer(configuration, "CSMCP_INTEGRATION_MAX_RETRIES", defaults.MaxRetries, 0, 10),
            RetryBaseDelay = Milliseconds(configuration, "CSMCP_INTEGRATION_RETRY_DELAY_MS", defaults.RetryBaseDelay),
            MaxRetryAfter = Milliseconds(configuration, "CSMCP_INTEGRATION_MAX_RETRY_AFTER_MS", defaults.MaxRetryAfter),
            BreakDuration = Milliseconds(configuration, "CSMCP_INTEGRATION_BREAK_MS", defaults.BreakDuration),
            SamplingDuration = Milliseconds(configuration, "CSMCP_INTEGRATION_SAMPLING_MS", defaults.SamplingDuration),
            MinimumThroughput = Integer(configuration, "CSMCP_INTEGRATION_MIN_THROUGHPUT", defaults.MinimumThroughput, 2, 1000),
            FailureRatio = Ratio(configuration, "CSMCP_INTEGRATION_FAILURE_RATIO", defaults.FailureRatio),
            SlowCallWarning = Milliseconds(configuration, "CSMCP_SLOW_API_WARNING_MS", defaults.SlowCallWarning),
            SlowCallError = Milliseconds(configuration, "CSMCP_SLOW_API_ERROR_MS", defaults.SlowCallError),
        };
    }

    private static TimeSpan Milliseconds(IConfiguration configuration, string key, TimeSpan fallback) =>
        int.TryParse(configuration[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) && ms > 0 ? TimeSpan.FromMilliseconds(ms) : fallback;

    private static int Integer(IConfiguration configuration, string key, int fallback, int min, int max) =>
        int.TryParse(configuration[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : fallback;

    private static double Ratio(IConfiguration configuration, string key, double fallback) =>
        double.TryParse(configuration[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 1 ? value : fallback;
}
