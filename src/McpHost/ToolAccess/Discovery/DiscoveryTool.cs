using System.Text.Json;
using System.Text.Json.Nodes;
using CsMcp.Application.Common.Exceptions;
using CsMcp.McpHost.Tools;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CsMcp.McpHost.ToolAccess.Discovery;

/// <summary>
/// A host-level tool of dynamic mode: it answers from the session's tool collection, never through the mediator,
/// with the same contract as the catalog tools (flat snake_case schemas, title, explicit annotations, structured result,
/// argument errors as isError results). Its calls are not counted in the cs_mcp_tool_* metrics.
/// </summary>
internal abstract class DiscoveryTool<TArguments, TResult> : McpServerTool
    where TArguments : class
{
    private static readonly AIJsonSchemaCreateOptions SchemaOptions = new()
    {
        TransformOptions = new AIJsonSchemaTransformOptions { DisallowAdditionalProperties = false },
    };

    protected DiscoveryTool(string name, string title, string description, IReadOnlyList<string> toolsetNames)
    {
        Name = name;
        ProtocolTool = new Tool
        {
            Name = name,
            Title = title,
            Description = description,
            InputSchema = WithToolsetChoices(AIJsonUtilities.CreateJsonSchema(typeof(TArguments), serializerOptions: ToolJson.Options, inferenceOptions: SchemaOptions), toolsetNames),
            OutputSchema = AIJsonUtilities.CreateJsonSchema(typeof(TResult), serializerOptions: ToolJson.Options, inferenceOptions: SchemaOptions),
            // Read-only: these tools change which tools this session lists, never any data.
            Annotations = new ToolAnnotations
            {
                Title = title,
                ReadOnlyHint = true,
                DestructiveHint = false,
                IdempotentHint = true,
                OpenWorldHint = false,
            },
        };
    }

    public string Name { get; }

    public override Tool ProtocolTool { get; }

    public override IReadOnlyList<object> Metadata => [];

    public override ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        var services = request.Services ?? throw new InvalidOperationException("The MCP request carries no service provider.");
        var logger = services.GetRequiredService<ILogger<DiscoveryTool<TArguments, TResult>>>();
        try
        {
            var session = request.Server.ServerOptions.ToolCollection as SessionTools
                ?? throw new InvalidOperationException("The session's tool collection is not a SessionTools.");
            var arguments = ArgumentBinder.Bind<TArguments>(Name, request.Params?.Arguments);
            var structured = JsonSerializer.SerializeToElement(Execute(arguments, session), ToolJson.Options);
            return ValueTask.FromResult(new CallToolResult
            {
                StructuredContent = structured,
                Content = [new TextContentBlock { Text = structured.GetRawText() }],
            });
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromResult(ToolErrors.ToResult(Name, exception, logger));
        }
    }

    protected abstract TResult Execute(TArguments arguments, SessionTools session);

    /// <summary>Checks a toolset argument: it must name a toolset that has tools.</summary>
    protected static string RequireToolset(SessionTools session, string toolset)
    {
        var name = toolset.Trim().ToLowerInvariant();
        if (!session.Catalog.ToolsetsWithTools.Contains(name, StringComparer.Ordinal))
            throw new ValidationException("toolset", $"'{toolset}' is not a toolset with tools. Valid toolsets: {string.Join(", ", session.Catalog.ToolsetsWithTools)}. Call list_available_toolsets to see them.");
        return name;
    }

    /// <summary>Lists the valid toolset names as an enum on a "toolset" argument, so a model sees them in the schema.</summary>
    private static JsonElement WithToolsetChoices(JsonElement schema, IReadOnlyList<string> toolsetNames)
    {
        var root = JsonNode.Parse(schema.GetRawText())!.AsObject();
        if (root["properties"]?["toolset"] is JsonObject property)
            property["enum"] = new JsonArray([.. toolsetNames.Select(n => (JsonNode)JsonValue.Create(n))]);
        using var document = JsonDocument.Parse(root.ToJsonString());
        return document.RootElement.Clone();
    }
}
