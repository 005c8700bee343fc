namespace CsMcp.McpHost.ToolAccess;

/// <summary>A tool selection that cannot be served: unknown names, or nothing left to expose. Each problem lists the valid names.</summary>
internal sealed class ToolSelectionException : Exception
{
    public ToolSelectionException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    public ToolSelectionException()
        : this(Array.Empty<string>()) { }

    public ToolSelectionException(string message)
        : this([message]) { }

    public ToolSelectionException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public IReadOnlyList<string> Problems { get; }
}
