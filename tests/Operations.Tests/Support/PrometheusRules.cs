using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CsMcp.Operations.Tests.Support;

/// <summary>An alerting rule of deploy/prometheus/alerts.yml.</summary>
public sealed record AlertRule(
    string Group,
    string Name,
    string Expression,
    string For,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations);

/// <summary>Reads Prometheus rule files and promtool unit-test files.</summary>
public static class PrometheusRules
{
    public const string AlertsPath = "deploy/prometheus/alerts.yml";
    public const string AlertTestsPath = "deploy/prometheus/alerts.test.yml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static IReadOnlyList<AlertRule> LoadAlerts(string? path = null)
    {
        var file = Yaml.Deserialize<RuleFile>(File.ReadAllText(path ?? Repository.File(AlertsPath)));
        return file.Groups
            .SelectMany(g => g.Rules.Where(r => r.Alert is not null).Select(r => new AlertRule(
                g.Name,
                r.Alert!,
                r.Expr.Trim(),
                r.For ?? "0s",
                r.Labels ?? [],
                r.Annotations ?? [])))
            .ToList();
    }

    public static UnitTestFile LoadUnitTests(string? path = null) =>
        Yaml.Deserialize<UnitTestFile>(File.ReadAllText(path ?? Repository.File(AlertTestsPath)));

    public sealed class RuleFile
    {
        public List<RuleGroup> Groups { get; set; } = [];
    }

    public sealed class RuleGroup
    {
        public string Name { get; set; } = string.Empty;
        public List<Rule> Rules { get; set; } = [];
    }

    public sealed class Rule
    {
        public string? Alert { get; set; }
        public string? Record { get; set; }
        public string Expr { get; set; } = string.Empty;
        public string? For { get; set; }
        public Dictionary<string, string>? Labels { get; set; }
        public Dictionary<string, string>? Annotations { get; set; }
    }

    public sealed class UnitTestFile
    {
        public List<string> RuleFiles { get; set; } = [];
        public List<UnitTestGroup> Tests { get; set; } = [];
    }

    public sealed class UnitTestGroup
    {
        public string Name { get; set; } = string.Empty;
        public List<InputSeries> InputSeries { get; set; } = [];
        public List<AlertRuleTest> AlertRuleTest { get; set; } = [];
    }

    public sealed class InputSeries
    {
        public string Series { get; set; } = string.Empty;
        public string Values { get; set; } = string.Empty;
    }

    public sealed class AlertRuleTest
    {
        public string EvalTime { get; set; } = string.Empty;
        public string Alertname { get; set; } = string.Empty;
        public List<ExpectedAlert> ExpAlerts { get; set; } = [];
    }

    public sealed class ExpectedAlert
    {
        public Dictionary<string, string> ExpLabels { get; set; } = [];
        public Dictionary<string, string> ExpAnnotations { get; set; } = [];
    }
}
