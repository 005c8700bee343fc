using System.Text.Json.Serialization;

namespace CsMcp.Infrastructure.Integrations.Intercom;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(IntercomContact))]
[JsonSerializable(typeof(IntercomContactList))]
[JsonSerializable(typeof(IntercomSearchRequest))]
[JsonSerializable(typeof(IntercomContactWrite))]
[JsonSerializable(typeof(IntercomCompany))]
[JsonSerializable(typeof(IntercomCompanyWrite))]
[JsonSerializable(typeof(IntercomIdReference))]
[JsonSerializable(typeof(IntercomConversationList))]
[JsonSerializable(typeof(IntercomNoteWrite))]
[JsonSerializable(typeof(IntercomNote))]
[JsonSerializable(typeof(IntercomEventWrite))]
[JsonSerializable(typeof(IntercomTag))]
[JsonSerializable(typeof(IntercomTagList))]
[JsonSerializable(typeof(IntercomTagWrite))]
[JsonSerializable(typeof(IntercomMessageWrite))]
[JsonSerializable(typeof(IntercomMessage))]
[JsonSerializable(typeof(IntercomAdmin))]
[JsonSerializable(typeof(IntercomAdminList))]
internal sealed partial class IntercomJsonContext : JsonSerializerContext;
