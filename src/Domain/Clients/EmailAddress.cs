using System.Text.RegularExpressions;

namespace CsMcp.Domain.Clients;

public static partial class EmailAddress
{
    public const int MaxLength = 254;

    [GeneratedRegex(@"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(value);

    public static string Normalize(string value) => value.Trim().ToLowerInvariant();
}
