using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CsMcp.Infrastructure.Integrations.Mixpanel;

// Wire shapes of the Mixpanel ingestion (/track, /import, /engage) and query (/api/query/segmentation) APIs.

internal sealed record MixpanelEvent(string Event, JsonObject Properties);

/// <summary>The verbose=1 answer of /track and /engage: status 1 = accepted, 0 = refused with error.</summary>
internal sealed record MixpanelStatusResponse(int Status, string? Error);

internal sealed record MixpanelFailedRecord(int Index, [property: JsonPropertyName("$insert_id")] string? InsertId, string? Field, string? Message);

internal sealed record MixpanelImportResponse(int? Code, int? NumRecordsImported, string? Status, string? Error, List<MixpanelFailedRecord>? FailedRecords);

internal sealed record MixpanelSegmentationData(List<string>? Series, Dictionary<string, Dictionary<string, long>>? Values);

internal sealed record MixpanelSegmentationResponse(MixpanelSegmentationData? Data, int? LegendSize);
