namespace CsMcp.McpHost.ToolAccess;

internal enum HiddenKind
{
    /// <summary>Read-only mode is on and the tool changes data.</summary>
    ReadOnlyMode,

    /// <summary>An exclude list names the tool.</summary>
    Excluded,

    /// <summary>Neither the tool nor its toolset was chosen.</summary>
    NotSelected,
}

/// <summary>Why a selection leaves a catalog tool out, and which source (command line or HTTP request) decided it.</summary>
internal sealed record HiddenReason(HiddenKind Kind, ChoiceSource Source, string Toolset, IReadOnlyList<string> EnabledToolsets)
{
    /// <summary>A few words for lists of problems: "read-only mode", "excluded by ...", "toolset 'x' is not enabled".</summary>
    public string Short => Kind switch
    {
        HiddenKind.ReadOnlyMode => $"it changes data and read-only mode is on ({Source.ReadOnly})",
        HiddenKind.Excluded => $"excluded by {Source.ExcludeTools}",
        _ => $"its toolset '{Toolset}' is not enabled",
    };
}
