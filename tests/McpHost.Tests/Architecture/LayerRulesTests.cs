using System.Reflection;
using System.Text.RegularExpressions;
using CsMcp.McpHost.Tests.Support;
using NetArchTest.Rules;

namespace CsMcp.McpHost.Tests.Architecture;

public partial class LayerRulesTests
{
    private static readonly Assembly Domain = typeof(CsMcp.Domain.Clients.Client).Assembly;
    private static readonly Assembly Application = typeof(CsMcp.Application.ApplicationAssembly).Assembly;

    private static readonly string[] OuterLayers =
    [
        "ModelContextProtocol", "Refit", "Npgsql", "Prometheus", "Microsoft.AspNetCore",
        "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Data.Sqlite", "Npgsql.EntityFrameworkCore", "CsMcp.Infrastructure", "CsMcp.McpHost",
    ];

    [Fact]
    public void Application_never_sees_mcp_refit_providers_prometheus_or_aspnetcore()
    {
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOnAny(OuterLayers).GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
        Assert.DoesNotContain(Application.GetReferencedAssemblies(), a => OuterLayers.Any(layer => a.Name!.StartsWith(layer, StringComparison.Ordinal)));
    }

    [Fact]
    public void Domain_depends_on_nothing_but_the_base_library()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny([.. OuterLayers, "Microsoft.EntityFrameworkCore", "Mediator", "FluentValidation", "CsMcp.Application"]).GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
        Assert.DoesNotContain(Domain.GetReferencedAssemblies(), a => !a.Name!.StartsWith("System", StringComparison.Ordinal) && a.Name != "netstandard");
    }

    [GeneratedRegex(@"\b(CreateCounter|CreateGauge|CreateHistogram|CreateSummary|CreateUpDownCounter|CreateObservableGauge)\s*[<(]|new\s+Meter\s*\(")]
    private static partial Regex MetricCreation();

    [Fact]
    public void Metrics_are_created_only_in_the_one_metrics_file()
    {
        var src = Path.Combine(ServerBinary.RepositoryRoot, "src");
        var allowed = Path.Combine(src, "Infrastructure", "Monitoring", "CsMcpMetrics.cs");

        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && f != allowed)
            .Where(f => MetricCreation().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(ServerBinary.RepositoryRoot, f))
            .ToList();

        Assert.Matches(MetricCreation(), File.ReadAllText(allowed));
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_tool_request_lives_in_a_feature_folder_with_its_handler_and_validator()
    {
        var tools = Application.GetTypes().Where(t => t.GetCustomAttribute<CsMcp.Application.Common.Tools.ToolAttribute>() is not null).ToList();

        Assert.NotEmpty(tools);
        foreach (var tool in tools)
        {
            Assert.StartsWith("CsMcp.Application.Features.", tool.Namespace, StringComparison.Ordinal);
            Assert.True(tool.IsSealed, $"{tool.Name} should be a sealed record.");
            Assert.Contains(Application.GetTypes(), t => t.Name == tool.Name + "Handler" && t.Namespace == tool.Namespace);
            Assert.Contains(Application.GetTypes(), t => t.Name == tool.Name + "Validator" && t.Namespace == tool.Namespace);
        }
    }
}
