using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CsMcp.Domain.Common;

/// <summary>The code of an enum value with the type inferred: <c>Code(tier)</c> for <c>EnumCodes&lt;ClientTier&gt;.ToCode(tier)</c>.</summary>
public static class EnumCodes
{
    public static string Code<TEnum>(TEnum value) where TEnum : struct, Enum => EnumCodes<TEnum>.ToCode(value);
}

/// <summary>
/// The wire and storage spelling of every domain enum: snake_case, lower-case ("at_risk"), unless a member carries
/// <see cref="JsonStringEnumMemberNameAttribute"/> (ticket priorities "P0".."P4"), which then wins for JSON and storage alike.
/// Parsing is case-insensitive so callers may send "Enterprise" or "AT_RISK".
/// </summary>
public static class EnumCodes<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> CodeByValue =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, CodeOf);

    private static readonly FrozenDictionary<string, TEnum> ValueByCode =
        CodeByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<TEnum>().Select(v => CodeByValue[v])];

    public static string AllowedList { get; } = string.Join(", ", All);

    public static string ToCode(TEnum value) => CodeByValue[value];

    public static bool TryParse(string? code, out TEnum value)
    {
        if (code is not null && ValueByCode.TryGetValue(code.Trim(), out value))
            return true;
        value = default;
        return false;
    }

    public static TEnum Parse(string code) =>
        TryParse(code, out var value) ? value : throw new ArgumentException($"'{code}' is not one of: {AllowedList}.", nameof(code));

    [UnconditionalSuppressMessage("Trimming", "IL2090", Justification = "The trimmer keeps every field of an enum type.")]
    private static string CodeOf(TEnum value)
    {
        var name = value.ToString();
        var explicitName = typeof(TEnum).GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name;
        return explicitName ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
    }
}
