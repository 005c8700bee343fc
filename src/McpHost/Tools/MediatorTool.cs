using System.Text.Json;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using Mediator;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CsMcp.McpHost.Tools;

/// <summary>
/// Exposes one request/handler pair as an MCP tool: a flat input schema from the request record, an output schema
/// from the result record, and every call sent through the mediator pipeline.
/// </summary>
internal sealed class MediatorTool<TRequest, TResponse> : McpServerTool
    where TRequest : class, IMessage
{
    public MediatorTool(ToolDescriptor descriptor)
    {
        Descriptor = descriptor;
        ProtocolTool = new Tool
        {
            Name = descriptor.Name,
            Title = descriptor.Metadata.Title,
            Description = descriptor.Description,
            InputSchema = ToolSchemas.Input(typeof(TRequest)),
            OutputSchema = ToolSchemas.Output(typeof(TResponse)),
            // No annotations.title: it would repeat the tool's title in every listing (ADR-008).
            Annotations = new ToolAnnotations
            {
                ReadOnlyHint = descriptor.Metadata.ReadOnly,
                DestructiveHint = descriptor.Metadata.Destructive,
                IdempotentHint = descriptor.Metadata.Idempotent,
                OpenWorldHint = descriptor.Metadata.OpenWorld,
            },
        };
    }

    public ToolDescriptor Descriptor { get; }

    public override Tool ProtocolTool { get; }

    public override IReadOnlyList<object> Metadata => [];

    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        var services = request.Services ?? throw new InvalidOperationException("The MCP request carries no service provider.");
        var logger = services.GetRequiredService<ILogger<MediatorTool<TRequest, TResponse>>>();
        TRequest message;
        try
        {
            message = ArgumentBinder.Bind<TRequest>(Descriptor.Name, request.Params?.Arguments);
        }
        catch (ValidationException invalid)
        {
            CountRejectedArguments(services);
            return ToolErrors.ToResult(Descriptor.Name, invalid, logger);
        }

        try
        {
            var sender = services.GetRequiredService<ISender>();
            var response = message switch
            {
                IQuery<TResponse> query => await sender.Send(query, cancellationToken),
                ICommand<TResponse> command => await sender.Send(command, cancellationToken),
                _ => throw new InvalidOperationException($"{typeof(TRequest).Name} is neither a query nor a command."),
            };
            return Success(response);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ToolErrors.ToResult(Descriptor.Name, exception, logger);
        }
    }

    /// <summary>Arguments that could not even be bound never reach the pipeline, so they are counted here.</summary>
    private void CountRejectedArguments(IServiceProvider services)
    {
        var metrics = services.GetRequiredService<IToolMetrics>();
        metrics.CallStarted();
        metrics.ErrorRecorded(ErrorTypes.Validation);
        metrics.CallFinished(Descriptor.Name, succeeded: false, TimeSpan.Zero);
    }

    private static CallToolResult Success(TResponse response)
    {
        var structured = JsonSerializer.SerializeToElement(response, ToolJson.Options);
        return new CallToolResult
        {
            StructuredContent = structured,
            Content = [new TextContentBlock { Text = structured.GetRawText() }],
        };
    }
}
