using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CsMcp.Infrastructure.Integrations.Http;

/// <summary>
/// Tunes the standard resilience handler (total timeout, retry, circuit breaker, attempt timeout) for a platform API.
/// Transient = 408, 429, 5xx, HttpRequestException or an attempt timeout; any other 4xx is final.
/// Unsafe methods are retried only when safe (see <see cref="IntegrationClientSpec"/>); a 429 is retried whatever the method,
/// unless its Retry-After exceeds <see cref="IntegrationHttpSettings.MaxRetryAfter"/>.
/// </summary>
public static class IntegrationResilience
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static void Configure(HttpStandardResilienceOptions options, IntegrationClientSpec spec, IntegrationHttpSettings settings,
        TimeProvider time, CircuitBreakerStateProvider stateProvider)
    {
        options.TotalRequestTimeout.Timeout = settings.TotalTimeout;
        options.AttemptTimeout.Timeout = settings.AttemptTimeout;

        options.Retry.MaxRetryAttempts = Math.Max(1, settings.MaxRetries);
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.Delay = settings.RetryBaseDelay;
        options.Retry.ShouldRetryAfterHeader = false;
        options.Retry.DelayGenerator = args => ValueTask.FromResult(RetryAfter.Read(args.Outcome.Result, time));
        options.Retry.ShouldHandle = args => ValueTask.FromResult(
            settings.MaxRetries > 0 && ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), spec, settings, time));

        options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome));
        options.CircuitBreaker.MinimumThroughput = settings.MinimumThroughput;
        options.CircuitBreaker.FailureRatio = settings.FailureRatio;
        options.CircuitBreaker.BreakDuration = settings.BreakDuration;
        // The standard handler requires the sampling window to be at least twice the attempt timeout.
        options.CircuitBreaker.SamplingDuration = settings.SamplingDuration >= 2 * settings.AttemptTimeout
            ? settings.SamplingDuration
            : 2 * settings.AttemptTimeout;
        options.CircuitBreaker.StateProvider = stateProvider;
    }

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome.Result is { } response
        ? IsTransientStatus(response.StatusCode)
        : outcome.Exception is HttpRequestException or TimeoutRejectedException;

    private static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, IntegrationClientSpec spec,
        IntegrationHttpSettings settings, TimeProvider time)
    {
        if (outcome.Exception is BrokenCircuitException || !IsTransient(outcome))
            return false;
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited)
            return RetryAfter.Read(limited, time) is not { } wait || wait <= settings.MaxRetryAfter;
        if (request is null)
            return false;
        return IsSafeMethod(request.Method)
            || request.Headers.Contains(IdempotencyKeyHeader)
            || spec.IsRetrySafe(PlatformApiTimingHandler.EndpointOf(request));
    }

    private static bool IsSafeMethod(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
}
