using Microsoft.Extensions.Configuration;

namespace CsMcp.Infrastructure.Integrations.Http;

internal static class ConfigurationValues
{
    /// <summary>The trimmed value, or null when the key is missing or blank.</summary>
    public static string? Read(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static Uri BaseUri(string value) => new(value.EndsWith('/') ? value : value + "/", UriKind.Absolute);
}
