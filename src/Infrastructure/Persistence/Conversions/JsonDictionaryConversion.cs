using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CsMcp.Infrastructure.Persistence.Conversions;

/// <summary>A string map stored as one JSON text column, compared by content.</summary>
public static class JsonDictionaryConversion
{
    public static ValueConverter<Dictionary<string, string>, string> Converter { get; } = new(
        v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
        v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, JsonSerializerOptions.Default) ?? new Dictionary<string, string>());

    public static ValueComparer<Dictionary<string, string>> Comparer { get; } = new(
        (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Default) == JsonSerializer.Serialize(b, JsonSerializerOptions.Default),
        v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default).GetHashCode(StringComparison.Ordinal),
        v => new Dictionary<string, string>(v));
}
