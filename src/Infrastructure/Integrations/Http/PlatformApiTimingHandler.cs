using System.Globalization;
using CsMcp.Infrastructure.Monitoring;
using Microsoft.Extensions.Logging;
using Refit;

namespace CsMcp.Infrastructure.Integrations.Http;

/// <summary>
/// Counts and times every HTTP attempt to a platform API: cs_mcp_platform_api_calls_total{integration,endpoint,status}
/// and cs_mcp_platform_api_duration_seconds{integration,endpoint}. It sits inside the resilience handler, so a call
/// retried after a 429 shows one 429 and one 200; calls rejected by an open circuit never reach it (no HTTP was sent).
/// endpoint is the Refit method name (never a URL or id); status is the HTTP status code or "exception".
/// </summary>
public sealed partial class PlatformApiTimingHandler(
    string integration,
    CsMcpMetrics metrics,
    IntegrationHttpSettings settings,
    TimeProvider time,
    ILogger<PlatformApiTimingHandler> logger) : DelegatingHandler
{
    public const string ExceptionStatus = "exception";
    public const string UnknownEndpoint = "unknown";

    private static readonly HttpRequestOptionsKey<string> MethodNameKey = new(HttpRequestMessageOptions.MethodName);

    public static string EndpointOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(MethodNameKey, out var name) && !string.IsNullOrEmpty(name) ? name : UnknownEndpoint;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var endpoint = EndpointOf(request);
        var started = time.GetTimestamp();
        var status = ExceptionStatus;
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            return response;
        }
        finally
        {
            var elapsed = time.GetElapsedTime(started);
            metrics.PlatformApiCalls.WithLabels(integration, endpoint, status).Inc();
            metrics.PlatformApiDuration.WithLabels(integration, endpoint).Observe(elapsed.TotalSeconds);
            if (elapsed >= settings.SlowCallError)
                SlowCall(logger, LogLevel.Error, integration, endpoint, status, elapsed.TotalMilliseconds, settings.SlowCallError.TotalMilliseconds);
            else if (elapsed >= settings.SlowCallWarning)
                SlowCall(logger, LogLevel.Warning, integration, endpoint, status, elapsed.TotalMilliseconds, settings.SlowCallWarning.TotalMilliseconds);
            else
                Attempt(logger, integration, endpoint, status, elapsed.TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 5001, Message = "Slow {Integration} call: {Endpoint} answered {Status} after {ElapsedMs:F0} ms (threshold {ThresholdMs:F0} ms)")]
    private static partial void SlowCall(ILogger logger, LogLevel level, string integration, string endpoint, string status, double elapsedMs, double thresholdMs);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "{Integration} {Endpoint} answered {Status} in {ElapsedMs:F1} ms")]
    private static partial void Attempt(ILogger logger, string integration, string endpoint, string status, double elapsedMs);
}
