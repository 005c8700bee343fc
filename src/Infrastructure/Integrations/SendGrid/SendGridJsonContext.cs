using System.Text.Json.Serialization;

namespace CsMcp.Infrastructure.Integrations.SendGrid;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SendGridMail))]
[JsonSerializable(typeof(List<SendGridStatsDay>))]
internal sealed partial class SendGridJsonContext : JsonSerializerContext;
