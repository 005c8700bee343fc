using CsMcp.McpHost.Composition;
using CsMcp.McpHost.ToolAccess;
using ModelContextProtocol.Server;

namespace CsMcp.McpHost.Transports;

/// <summary>
/// Per-request tool choices over HTTP: the X-MCP-* headers and the /mcp/readonly and /mcp/x/{toolset}[/readonly] paths.
/// They narrow the server's own selection and can never widen it. Bad names get HTTP 400 with a JSON-RPC error listing the
/// valid ones, before the MCP handler runs; a valid narrowing becomes the session's tool collection (every request, since
/// Streamable HTTP is stateless here; in a stateful mode it would apply to the session from its initialize request).
/// </summary>
internal sealed class HttpToolsetNarrowing(SessionToolsFactory factory)
{
    public const string ToolsetsHeader = "X-MCP-Toolsets";
    public const string ToolsHeader = "X-MCP-Tools";
    public const string ExcludeToolsHeader = "X-MCP-Exclude-Tools";
    public const string ReadOnlyHeader = "X-MCP-Readonly";

    /// <summary>Every route the MCP endpoint answers on.</summary>
    public static IReadOnlyList<string> Routes { get; } = ["/mcp", "/mcp/readonly", "/mcp/x/{toolset}", "/mcp/x/{toolset}/readonly"];

    private static readonly object SelectionKey = new();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var problems = new List<string>();
        var choices = Read(context.Request, problems);
        if (problems.Count == 0 && !choices.IsEmpty)
        {
            try
            {
                var narrowed = ToolSelection.Compose(factory.Catalog, choices, ChoiceSource.HttpRequest, factory.Configuration.Allowed);
                if (narrowed.Tools.Count == 0)
                    problems.Add(narrowed.DescribeEmpty(factory.Catalog, "This request's tool choice"));
                else
                    context.Items[SelectionKey] = narrowed;
            }
            catch (ToolSelectionException invalid)
            {
                problems.AddRange(invalid.Problems);
            }
        }

        if (problems.Count > 0)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new
            {
                jsonrpc = "2.0",
                id = (string?)null,
                error = new { code = -32600, message = "Invalid tool selection: " + string.Join(" ", problems), data = new { problems } },
            });
            return;
        }

        await next(context);
    }

    /// <summary>HttpServerTransportOptions.ConfigureSessionOptions: gives a narrowed request its own tool collection and instructions.</summary>
    public static Task ConfigureSessionAsync(HttpContext context, McpServerOptions options, CancellationToken cancellationToken)
    {
        if (context.Items[SelectionKey] is ToolSelection narrowed)
        {
            var session = context.RequestServices.GetRequiredService<SessionToolsFactory>().ForRequest(narrowed);
            options.ToolCollection = session;
            options.ServerInstructions = session.Instructions;
        }

        return Task.CompletedTask;
    }

    private static ToolsetChoices Read(HttpRequest request, List<string> problems)
    {
        var (pathToolsets, pathReadOnly) = ReadPath(request.Path);
        var headerToolsets = Header(request, ToolsetsHeader);
        var toolsets = pathToolsets is null && headerToolsets is null
            ? null
            : (IReadOnlyList<string>)[.. (pathToolsets ?? []).Concat(headerToolsets ?? []).Distinct(StringComparer.Ordinal)];

        var readOnlyValue = request.Headers[ReadOnlyHeader].ToString();
        var readOnly = ToolsetChoices.ParseFlag(readOnlyValue);
        if (readOnly is null)
            problems.Add($"{ReadOnlyHeader}: '{readOnlyValue}' is not a boolean. Use true or false (also 1/0, yes/no, on/off).");

        return new ToolsetChoices(toolsets, Header(request, ToolsHeader) ?? [], Header(request, ExcludeToolsHeader) ?? [], pathReadOnly || readOnly == true);
    }

    private static (IReadOnlyList<string>? Toolsets, bool ReadOnly) ReadPath(PathString path)
    {
        if (!path.StartsWithSegments("/mcp", out var rest))
            return (null, false);
        var segments = (rest.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["readonly"] => (null, true),
            ["x", var toolsets] => (ToolsetChoices.ParseList(toolsets), false),
            ["x", var toolsets, "readonly"] => (ToolsetChoices.ParseList(toolsets), true),
            _ => (null, false),
        };
    }

    /// <summary>A comma-separated header; absent or blank means the request did not choose.</summary>
    private static IReadOnlyList<string>? Header(HttpRequest request, string name) =>
        request.Headers[name].ToString() is { } value && value.Trim().Length > 0 ? ToolsetChoices.ParseList(value) : null;
}
