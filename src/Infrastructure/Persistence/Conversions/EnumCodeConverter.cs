using CsMcp.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CsMcp.Infrastructure.Persistence.Conversions;

/// <summary>Stores enums as their snake_case codes ("at_risk"), readable in SQL and stable across renames of C# members.</summary>
public sealed class EnumCodeConverter<TEnum>() : ValueConverter<TEnum, string>(
    v => EnumCodes<TEnum>.ToCode(v),
    v => EnumCodes<TEnum>.Parse(v))
    where TEnum : struct, Enum;
