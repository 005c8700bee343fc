namespace CsMcp.Application.Common.Exceptions;

/// <summary>The closed set of <c>error_type</c> label values. Nothing else may reach the metric.</summary>
public static class ErrorTypes
{
    public const string Validation = "validation";
    public const string NotFound = "not_found";
    public const string Conflict = "conflict";
    public const string IntegrationNotConfigured = "integration_not_configured";
    public const string IntegrationUnavailable = "integration_unavailable";
    public const string Database = "database";
    public const string Timeout = "timeout";
    public const string Cancelled = "cancelled";
    public const string Internal = "internal";

    public static IReadOnlyList<string> All { get; } =
        [Validation, NotFound, Conflict, IntegrationNotConfigured, IntegrationUnavailable, Database, Timeout, Cancelled, Internal];

    /// <summary>Outcomes caused by the caller's input rather than by the server.</summary>
    public static bool IsClientError(string errorType) => errorType is Validation or NotFound or Conflict;
}
