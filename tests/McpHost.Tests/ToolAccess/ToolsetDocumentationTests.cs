using System.Text;
using CsMcp.Application.Common.Tools;
using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.Tests.ToolAccess;

/// <summary>docs/toolsets.md lists every toolset with its tools; this keeps that table equal to the catalog.</summary>
public sealed class ToolsetDocumentationTests
{
    private const string Start = "<!-- toolsets-table:start (generated from the catalog; ToolsetDocumentationTests prints it) -->";
    private const string End = "<!-- toolsets-table:end -->";

    [Fact]
    public void The_toolsets_table_in_docs_matches_the_catalog()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "toolsets.md")).ReplaceLineEndings("\n");
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/toolsets.md needs the markers {Start} and {End}.");

        var documented = document[(start + Start.Length)..end].Trim('\n');
        var expected = Table(ToolCatalog.Instance);

        Assert.True(documented == expected, $"Update the table in docs/toolsets.md (between the markers) to:\n\n{expected}\n");
    }

    internal static string Table(ToolCatalog catalog)
    {
        var table = new StringBuilder()
            .Append("| Toolset | What it covers | Tools (read-only ones marked RO) |\n")
            .Append("|---|---|---|\n");
        foreach (var toolset in Toolsets.Ordered)
        {
            var tools = catalog.InToolset(toolset).Select(t => t.Metadata.ReadOnly ? $"`{t.Name}` RO" : $"`{t.Name}`").ToList();
            table.Append("| `").Append(toolset).Append('`').Append(Toolsets.Default.Contains(toolset) ? " (default)" : string.Empty)
                .Append(" | ").Append(Toolsets.Descriptions[toolset])
                .Append(" | ").Append(tools.Count == 0 ? "none yet" : string.Join(", ", tools))
                .Append(" |\n");
        }

        return table.ToString().TrimEnd('\n');
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CsMcp.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"CsMcp.sln not found above {AppContext.BaseDirectory}.");
    }
}
