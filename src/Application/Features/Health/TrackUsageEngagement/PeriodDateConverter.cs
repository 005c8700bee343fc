using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CsMcp.Application.Features.Health.TrackUsageEngagement;

/// <summary>
/// A period bound given as a date (2026-11-03) or, as the original documented, an ISO-8601 date-time (2026-11-03T00:00:00Z),
/// which counts as its UTC date.
/// </summary>
public sealed class PeriodDateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (text is { Length: > 10 } && text[10] is 'T' or 't'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            return DateOnly.FromDateTime(instant.UtcDateTime);
        throw new JsonException("Expected a date (yyyy-MM-dd) or an ISO-8601 date-time.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}

/// <summary>The trend buckets a caller may ask for; hourly (documented by the original) is served at the finest stored granularity.</summary>
public enum TrendGranularity
{
    Hourly,
    Daily,
    Weekly,
    Monthly,
}
