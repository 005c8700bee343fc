using System.Text.Json.Nodes;
using Refit;

namespace CsMcp.Infrastructure.Integrations.Mixpanel;

/// <summary>
/// Mixpanel ingestion API (api.mixpanel.com). Mixpanel serves ingestion and queries from different hosts, so each
/// has its own Refit interface and client. Method names are the <c>endpoint</c> metric label.
/// </summary>
internal interface IMixpanelIngestionApi
{
    [Post("/track")]
    Task<MixpanelStatusResponse> Track([Body] List<MixpanelEvent> events, [AliasAs("verbose")] int verbose, [AliasAs("ip")] int ip, CancellationToken cancellationToken);

    [Post("/import")]
    Task<IApiResponse<MixpanelImportResponse>> Import([Body] List<MixpanelEvent> events, [AliasAs("strict")] int strict, [AliasAs("project_id")] string projectId, CancellationToken cancellationToken);

    [Post("/engage")]
    Task<MixpanelStatusResponse> Engage([Body] List<JsonObject> updates, [AliasAs("verbose")] int verbose, [AliasAs("ip")] int ip, CancellationToken cancellationToken);
}

/// <summary>Mixpanel query API (mixpanel.com/api/query), service-account Basic auth plus project_id.</summary>
internal interface IMixpanelQueryApi
{
    [Get("/api/query/segmentation")]
    Task<MixpanelSegmentationResponse> Segmentation(
        [AliasAs("project_id")] string projectId,
        [AliasAs("event")] string eventName,
        [AliasAs("from_date")] string fromDate,
        [AliasAs("to_date")] string toDate,
        [AliasAs("unit")] string unit,
        [AliasAs("type")] string type,
        [AliasAs("on")] string? on,
        [AliasAs("where")] string? where,
        [AliasAs("limit")] int? limit,
        CancellationToken cancellationToken);
}
