using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CsMcp.Infrastructure.Integrations.Mixpanel;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(List<MixpanelEvent>))]
[JsonSerializable(typeof(List<JsonObject>))]
[JsonSerializable(typeof(MixpanelStatusResponse))]
[JsonSerializable(typeof(MixpanelImportResponse))]
[JsonSerializable(typeof(MixpanelSegmentationResponse))]
internal sealed partial class MixpanelJsonContext : JsonSerializerContext;
