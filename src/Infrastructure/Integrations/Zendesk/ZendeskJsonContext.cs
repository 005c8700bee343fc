using System.Text.Json.Serialization;

namespace CsMcp.Infrastructure.Integrations.Zendesk;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ZendeskTicketEnvelope))]
[JsonSerializable(typeof(ZendeskTicketList))]
[JsonSerializable(typeof(ZendeskTicketActivityList))]
[JsonSerializable(typeof(ZendeskSearchResponse<ZendeskTicket>))]
[JsonSerializable(typeof(ZendeskTicketRequest))]
[JsonSerializable(typeof(ZendeskTags))]
[JsonSerializable(typeof(ZendeskUserEnvelope))]
[JsonSerializable(typeof(ZendeskUserList))]
[JsonSerializable(typeof(ZendeskUserRequest))]
[JsonSerializable(typeof(ZendeskOrganizationEnvelope))]
[JsonSerializable(typeof(ZendeskOrganizationList))]
[JsonSerializable(typeof(ZendeskOrganizationRequest))]
[JsonSerializable(typeof(ZendeskSlaPolicyEnvelope))]
[JsonSerializable(typeof(ZendeskSlaPolicyList))]
[JsonSerializable(typeof(ZendeskSearchResponse<ZendeskArticle>))]
[JsonSerializable(typeof(ZendeskArticleEnvelope))]
[JsonSerializable(typeof(ZendeskArticleRequest))]
[JsonSerializable(typeof(ZendeskTranslationRequest))]
[JsonSerializable(typeof(ZendeskTranslationEnvelope))]
internal sealed partial class ZendeskJsonContext : JsonSerializerContext;
