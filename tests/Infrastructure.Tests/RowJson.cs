using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CsMcp.Infrastructure.Tests;

/// <summary>Rows as JSON for comparisons: every public property, decimals without trailing zeros.</summary>
internal static class RowJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new NormalizedDecimal() } };

    public static string Of<T>(T row) => JsonSerializer.Serialize(row, Options);

    /// <summary>PostgreSQL numeric(18,2) reads 1200 back as 1200.00 and SQLite REAL as 1200: the same value, so the scale is ignored.</summary>
    private sealed class NormalizedDecimal : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.ToString("G29", CultureInfo.InvariantCulture));
    }
}
