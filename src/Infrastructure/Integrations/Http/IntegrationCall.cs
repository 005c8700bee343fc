using System.Net;
using System.Text.Json;
using CsMcp.Application.Common.Exceptions;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace CsMcp.Infrastructure.Integrations.Http;

/// <summary>Runs one logical vendor call and turns every failure into an <see cref="IntegrationException"/> without URL, secret or body.</summary>
public static class IntegrationCall
{
    public static async Task<T> RunAsync<T>(string integration, string operation, TimeProvider time, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (Translate(integration, operation, exception, time, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    public static Task RunAsync(string integration, string operation, TimeProvider time, Func<Task> call, CancellationToken cancellationToken) =>
        RunAsync(integration, operation, time, async () =>
        {
            await call();
            return true;
        }, cancellationToken);

    /// <summary>As <see cref="RunAsync{T}"/>, but a 404 answer means "no such record" and returns null.</summary>
    public static async Task<T?> FindAsync<T>(string integration, string operation, TimeProvider time, Func<Task<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await RunAsync(integration, operation, time, call, cancellationToken);
        }
        catch (IntegrationException exception) when (exception.Failure == IntegrationFailure.NotFound)
        {
            return null;
        }
    }

    /// <summary>The exception to throw instead of <paramref name="exception"/>, or null to let it pass (caller cancellation).</summary>
    public static IntegrationException? Translate(string integration, string operation, Exception exception, TimeProvider time, CancellationToken cancellationToken)
    {
        if (exception is IntegrationException || (exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            return null;
        var cause = exception is ApiRequestException { InnerException: { } inner } ? inner : exception;
        return cause switch
        {
            ApiException { StatusCode: var status } api when (int)status is >= 200 and < 300 =>
                new IntegrationException(integration, operation, IntegrationFailure.InvalidResponse, (int)status, innerException: Scrubbed(api)),
            ApiException api => new IntegrationException(integration, operation, FailureOf(api.StatusCode), (int)api.StatusCode,
                RetryAfter.Read(api.Headers, api.StatusCode, time), Scrubbed(api)),
            BrokenCircuitException => new IntegrationException(integration, operation, IntegrationFailure.CircuitOpen, innerException: cause),
            TimeoutRejectedException or TimeoutException or OperationCanceledException =>
                new IntegrationException(integration, operation, IntegrationFailure.Timeout, innerException: cause),
            HttpRequestException => new IntegrationException(integration, operation, IntegrationFailure.Network, innerException: cause),
            JsonException => new IntegrationException(integration, operation, IntegrationFailure.InvalidResponse, innerException: cause),
            _ => null,
        };
    }

    public static IntegrationFailure FailureOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => IntegrationFailure.Unauthorized,
        HttpStatusCode.Forbidden => IntegrationFailure.Forbidden,
        HttpStatusCode.NotFound => IntegrationFailure.NotFound,
        HttpStatusCode.TooManyRequests => IntegrationFailure.RateLimited,
        HttpStatusCode.RequestTimeout => IntegrationFailure.Timeout,
        _ when (int)status >= 500 => IntegrationFailure.ServerError,
        _ => IntegrationFailure.Rejected,
    };

    /// <summary>Keeps only status and type: the request (with its Authorization header) and the response body stay out of the exception chain.</summary>
    private static HttpRequestException Scrubbed(ApiException api) =>
        new HttpRequestException($"HTTP {(int)api.StatusCode} {api.ReasonPhrase}", null, api.StatusCode);
}
