namespace CsMcp.McpHost.ToolAccess;

/// <summary>Logs at startup what the server exposes, so an operator sees the effect of the toolset options.</summary>
internal sealed partial class ToolSelectionAnnouncer(SessionToolsFactory factory, ILogger<ToolSelectionAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var configuration = factory.Configuration;
        var toolsets = factory.Catalog.ToolsetsWithTools
            .Select(s => (Name: s, Count: configuration.Initial.Tools.Count(t => t.Toolset == s)))
            .Where(s => s.Count > 0)
            .Select(s => $"{s.Name} ({s.Count})");
        Serving(
            logger,
            configuration.Initial.Tools.Count,
            string.Join(", ", toolsets) is { Length: > 0 } listed ? listed : "none",
            configuration.Allowed.ReadOnly ? "on" : "off",
            configuration.Dynamic ? $"on (3 discovery tools; {configuration.Allowed.Tools.Count} tools can be enabled)" : "off");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Tools listed at start: {ToolCount} ({Toolsets}); read-only {ReadOnly}; dynamic toolsets {Dynamic}")]
    private static partial void Serving(ILogger logger, int toolCount, string toolsets, string readOnly, string dynamic);
}
