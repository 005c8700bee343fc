using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CsMcp.Infrastructure.Persistence.Conversions;

/// <summary>Every timestamp is UTC: written as UTC, read back with Kind=Utc (SQLite would return Unspecified).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
