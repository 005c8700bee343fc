namespace CsMcp.Infrastructure.Integrations.Http;

/// <summary>
/// One Refit client of an integration: its HttpClient name and which of its non-GET methods may be retried because
/// the vendor treats a repeat as the same request (upserts keyed by our id, PUTs of full values, deduplicated ingestion).
/// Other POST/PUT/PATCH/DELETE calls are retried only when they carry an Idempotency-Key header, or on 429 (not processed).
/// </summary>
public sealed record IntegrationClientSpec(string Integration, string ClientName, IReadOnlySet<string> RetrySafeMethods)
{
    public bool IsRetrySafe(string endpoint) => RetrySafeMethods.Contains(endpoint);
}
