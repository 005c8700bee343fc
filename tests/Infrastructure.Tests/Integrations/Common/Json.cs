using System.Text.Json;

namespace CsMcp.Infrastructure.Tests.Integrations.Common;

internal static class Json
{
    public static JsonElement Parse(string? body)
    {
        Assert.NotNull(body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
