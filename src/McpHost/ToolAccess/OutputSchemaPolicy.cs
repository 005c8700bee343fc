namespace CsMcp.McpHost.ToolAccess;

/// <summary>
/// Whether tools/list carries each tool's outputSchema. Off by default: the output schemas are two thirds of the listing
/// and a model reads the structured result itself (ADR-008). CSMCP_OUTPUT_SCHEMAS=true turns them on for the server;
/// over HTTP the X-MCP-Output-Schemas header (true/false) decides per request. Results carry structuredContent either way.
/// </summary>
internal sealed class OutputSchemaPolicy(bool serverDefault, IHttpContextAccessor? http)
{
    public const string EnvironmentVariable = "CSMCP_OUTPUT_SCHEMAS";
    public const string Header = "X-MCP-Output-Schemas";

    public bool ServerDefault { get; } = serverDefault;

    public bool Wanted =>
        http?.HttpContext?.Request.Headers[Header].FirstOrDefault() is { } value && bool.TryParse(value.Trim(), out var requested)
            ? requested
            : ServerDefault;

    public static OutputSchemaPolicy From(IConfiguration configuration, IHttpContextAccessor? http) =>
        new(bool.TryParse(configuration[EnvironmentVariable], out var on) && on, http);
}
