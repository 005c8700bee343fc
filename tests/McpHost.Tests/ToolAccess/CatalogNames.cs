using CsMcp.Application.Common.Tools;
using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.Tests.ToolAccess;

/// <summary>Expected tool lists derived from the catalog, so these tests follow new tools instead of listing them by hand.</summary>
internal static class CatalogNames
{
    public static string[] All => [.. ToolCatalog.Instance.Tools.Select(t => t.Name)];

    public static string[] Default => In([.. Toolsets.Default]);

    public static string[] DefaultRead => In([.. Toolsets.Default], readOnly: true);

    public static string[] Core => In([Toolsets.Core]);

    public static string[] CoreRead => In([Toolsets.Core], readOnly: true);

    public static string[] ToolsetsWithTools => [.. ToolCatalog.Instance.ToolsetsWithTools];

    public static string[] InToolset(string toolset) => In([toolset]);

    private static string[] In(string[] toolsets, bool readOnly = false) =>
        [.. ToolCatalog.Instance.Tools.Where(t => toolsets.Contains(t.Toolset) && (!readOnly || t.Metadata.ReadOnly)).Select(t => t.Name)];
}
