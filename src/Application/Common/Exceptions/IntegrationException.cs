namespace CsMcp.Application.Common.Exceptions;

/// <summary>
/// A configured platform integration failed. The message names the integration, the operation and the HTTP status
/// class; it never contains a URL, a credential or the vendor's response body.
/// </summary>
public sealed class IntegrationException : AppException
{
    public IntegrationException(string integration, string operation, IntegrationFailure failure, int? statusCode = null,
        TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(Describe(integration, operation, failure, statusCode, retryAfter), innerException!)
    {
        Integration = integration;
        Operation = operation;
        Failure = failure;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public string Integration { get; }

    public string Operation { get; }

    public IntegrationFailure Failure { get; }

    /// <summary>The vendor's HTTP status code, when it answered.</summary>
    public int? StatusCode { get; }

    /// <summary>How long the vendor asked callers to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    public override string ErrorType => ErrorTypes.IntegrationUnavailable;

    private static string Describe(string integration, string operation, IntegrationFailure failure, int? statusCode, TimeSpan? retryAfter)
    {
        var name = IntegrationNotConfiguredException.Display(integration);
        var status = statusCode is { } code ? $" (HTTP {code})" : string.Empty;
        return failure switch
        {
            IntegrationFailure.Unauthorized =>
                $"{name} rejected the configured credentials{status} while trying to {operation}. Check the {name} credentials the server was started with; nothing was changed.",
            IntegrationFailure.Forbidden =>
                $"{name} refused to {operation}{status}: the configured credentials lack the permission. Grant it in {name} or use another account.",
            IntegrationFailure.NotFound =>
                $"{name} has no such resource{status} for {operation}. Check the id, or that the configured account can see it.",
            IntegrationFailure.Rejected =>
                $"{name} rejected the request to {operation}{status}. Check the arguments (values, required fields, limits) and try again.",
            IntegrationFailure.RateLimited =>
                $"{name} is rate limiting this server{status} while trying to {operation}. "
                + (retryAfter is { } wait ? $"Retry in {Math.Ceiling(wait.TotalSeconds):0} s." : "Retry in a minute."),
            IntegrationFailure.ServerError =>
                $"{name} answered with a server error{status} to {operation}, after retries where they were safe. Try again later.",
            IntegrationFailure.Timeout =>
                $"{name} did not answer in time to {operation}. It may be slow or down; try again later.",
            IntegrationFailure.CircuitOpen =>
                $"Calls to {name} are paused after repeated failures (circuit breaker open), so {operation} was not attempted. Try again in about 30 s; /health shows the circuit state.",
            IntegrationFailure.Network =>
                $"{name} could not be reached to {operation} (connection failed). Check the server's network or the {name} base URL.",
            IntegrationFailure.InvalidResponse =>
                $"{name} answered {operation} with a response this server could not read{status}.",
            _ => $"{name} failed to {operation}{status}.",
        };
    }
}
