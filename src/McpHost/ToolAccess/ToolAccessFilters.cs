using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CsMcp.McpHost.ToolAccess;

/// <summary>Request filters that make the session's tool collection the whole truth about what a client may call.</summary>
internal static class ToolAccessFilters
{
    /// <summary>
    /// A call to a catalog tool the session does not list (read-only mode, not in the enabled toolsets, excluded) gets an
    /// isError result naming why and how to get it; it never reaches the pipeline, so it is not counted in the tool metrics.
    /// A name no toolset knows goes on to the SDK, which answers with its usual "Unknown tool" protocol error.
    /// </summary>
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> RefuseHiddenTools(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        (request, cancellationToken) =>
        {
            if (request.Server.ServerOptions.ToolCollection is SessionTools session
                && request.Params?.Name is { } name
                && session.RefusalFor(name) is { } refusal)
            {
                return ValueTask.FromResult(new CallToolResult { IsError = true, Content = [new TextContentBlock { Text = refusal }] });
            }

            return next(request, cancellationToken);
        };

    /// <summary>
    /// tools/list in a fixed order (discovery tools first, then catalog order, however the session enabled them), with
    /// output schemas only when <see cref="OutputSchemaPolicy"/> asks for them.
    /// </summary>
    public static McpRequestHandler<ListToolsRequestParams, ListToolsResult> CatalogOrder(McpRequestHandler<ListToolsRequestParams, ListToolsResult> next) =>
        async (request, cancellationToken) =>
        {
            var result = await next(request, cancellationToken);
            var ordered = request.Server.ServerOptions.ToolCollection is SessionTools session
                ? result.Tools.OrderBy(t => Rank(session, t.Name)).ToList()
                : [.. result.Tools];
            var withOutputSchemas = request.Server.Services?.GetService<OutputSchemaPolicy>()?.Wanted ?? true;
            result.Tools.Clear();
            foreach (var tool in ordered)
                result.Tools.Add(withOutputSchemas || tool.OutputSchema is null ? tool : WithoutOutputSchema(tool));
            return result;
        };

    private static Tool WithoutOutputSchema(Tool tool) => new()
    {
        Name = tool.Name,
        Title = tool.Title,
        Description = tool.Description,
        InputSchema = tool.InputSchema,
        Annotations = tool.Annotations,
        Icons = tool.Icons,
        Meta = tool.Meta,
    };

    private static int Rank(SessionTools session, string toolName)
    {
        for (var i = 0; i < SessionToolsFactory.DiscoveryToolNames.Count; i++)
        {
            if (SessionToolsFactory.DiscoveryToolNames[i] == toolName)
                return i - SessionToolsFactory.DiscoveryToolNames.Count;
        }

        var index = session.Catalog.IndexOf(toolName);
        return index >= 0 ? index : int.MaxValue;
    }
}
