using CsMcp.Application.Common.Tools;
using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.Tests.ToolAccess;

/// <summary>Toolsets are declared once: every toolset has a description, the default set is declared, every tool names one.</summary>
public sealed class ToolsetDeclarationTests
{
    [Fact]
    public void Every_toolset_has_a_description_and_nothing_else_does()
    {
        Assert.Equal(Toolsets.Ordered.Order(StringComparer.Ordinal), Toolsets.Descriptions.Keys.Order(StringComparer.Ordinal));
        Assert.All(Toolsets.Descriptions.Values, d => Assert.EndsWith(".", d, StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_set_is_core_health_and_retention()
    {
        Assert.Equal(["core", "health", "retention"], Toolsets.Default);
        Assert.All(Toolsets.Default, s => Assert.Contains(s, Toolsets.Ordered));
    }

    [Fact]
    public void Every_tool_of_the_application_belongs_to_a_declared_toolset()
    {
        Assert.NotEmpty(ToolCatalog.Instance.Tools);
        Assert.All(ToolCatalog.Instance.Tools, t => Assert.Contains(t.Toolset, Toolsets.Ordered));
        Assert.DoesNotContain(Toolsets.Ordered, s => s is "all" or "default");
    }
}
