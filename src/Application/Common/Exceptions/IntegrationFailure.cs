namespace CsMcp.Application.Common.Exceptions;

/// <summary>Why a call to a platform integration failed, in terms a caller can act on.</summary>
public enum IntegrationFailure
{
    /// <summary>The vendor rejected the credentials (HTTP 401).</summary>
    Unauthorized,

    /// <summary>The credentials are valid but lack the permission (HTTP 403).</summary>
    Forbidden,

    /// <summary>The vendor has no such resource (HTTP 404).</summary>
    NotFound,

    /// <summary>The vendor refused the request as invalid or conflicting (other HTTP 4xx).</summary>
    Rejected,

    /// <summary>The vendor's rate limit was hit and retrying within the call's budget was not possible (HTTP 429).</summary>
    RateLimited,

    /// <summary>The vendor answered with a server error, after the retries the call allows (HTTP 5xx).</summary>
    ServerError,

    /// <summary>The vendor did not answer in time.</summary>
    Timeout,

    /// <summary>Calls are paused after repeated failures (circuit breaker open).</summary>
    CircuitOpen,

    /// <summary>The vendor could not be reached (DNS, connection, TLS).</summary>
    Network,

    /// <summary>The vendor answered with a body this server could not read.</summary>
    InvalidResponse,
}
