using System.Text;
using System.Text.RegularExpressions;

namespace CsMcp.Domain.Clients;

/// <summary>
/// Client id rules. Validation keeps the original's rules and message precedence; generated ids
/// are <c>cs_&lt;unix-ms&gt;_&lt;slug&gt;</c> with a slug of [a-z0-9_] only, so every minted id passes validation.
/// </summary>
public static partial class ClientIdentifier
{
    public const int MaxLength = 100;
    private const int SlugLength = 10;

    [GeneratedRegex("^[a-zA-Z0-9_-]+$")]
    private static partial Regex AllowedCharacters();

    /// <summary>Returns the rule the value breaks, or null when it is a valid client id.</summary>
    public static string? Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return "must be a non-empty string";
        if (value.Length > MaxLength)
            return $"is too long ({value.Length} characters; at most {MaxLength})";
        if (value.Contains("..", StringComparison.Ordinal) || value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal))
            return "must not contain path traversal sequences ('..', '/', '\\')";
        if (!AllowedCharacters().IsMatch(value))
            return "must be alphanumeric (letters, digits, '_' and '-' only)";
        return null;
    }

    public static string Create(string clientName, DateTimeOffset now, int attempt = 1)
    {
        var id = $"cs_{now.ToUnixTimeMilliseconds()}_{Slug(clientName)}";
        return attempt <= 1 ? id : $"{id}_{attempt}";
    }

    public static string Slug(string name)
    {
        var builder = new StringBuilder(SlugLength);
        var lastWasSeparator = true;
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (builder.Length == SlugLength)
                break;
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSeparator = false;
            }
            else if (!lastWasSeparator && (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)))
            {
                builder.Append('_');
                lastWasSeparator = true;
            }
        }

        var slug = builder.ToString().Trim('_');
        return slug.Length == 0 ? "client" : slug;
    }
}
