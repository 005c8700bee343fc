using System.Text.Json;
using System.Text.Json.Nodes;

namespace CsMcp.Operations.Tests.Support;

public sealed record PanelTarget(string RefId, string Expression, bool Instant);

public sealed record ThresholdStep(string Color, double? Value);

public sealed record DashboardPanel(
    int Id,
    string Type,
    string Title,
    string Description,
    IReadOnlyList<PanelTarget> Targets,
    IReadOnlyList<IReadOnlyList<ThresholdStep>> Thresholds,
    JsonObject Json);

public sealed record TemplateVariable(string Name, string Type, string Query, JsonObject Json);

public sealed record DashboardAnnotation(string Name, string? Expression, JsonObject Json);

/// <summary>docs/operations/GRAFANA_DASHBOARD.json read as Grafana would: panels (rows flattened), variables, annotations.</summary>
public sealed class GrafanaDashboard
{
    public const string DefaultPath = "docs/operations/GRAFANA_DASHBOARD.json";

    private GrafanaDashboard(JsonObject root)
    {
        Root = root;
        Panels = Flatten(root["panels"]?.AsArray()).ToList();
        Variables = (root["templating"]?["list"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .Select(v => new TemplateVariable(Text(v, "name"), Text(v, "type"), QueryText(v["query"]), v))
            .ToList();
        Annotations = (root["annotations"]?["list"]?.AsArray() ?? [])
            .OfType<JsonObject>()
            .Select(a => new DashboardAnnotation(Text(a, "name"), a["expr"]?.GetValue<string>(), a))
            .ToList();
    }

    public JsonObject Root { get; }
    public IReadOnlyList<DashboardPanel> Panels { get; }
    public IReadOnlyList<TemplateVariable> Variables { get; }
    public IReadOnlyList<DashboardAnnotation> Annotations { get; }

    public static GrafanaDashboard Load(string? path = null)
    {
        var json = File.ReadAllText(path ?? Repository.File(DefaultPath));
        var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        return new GrafanaDashboard(node as JsonObject ?? throw new InvalidDataException("The dashboard is not a JSON object."));
    }

    public DashboardPanel Panel(string title) =>
        Panels.SingleOrDefault(p => p.Title == title) ?? throw new InvalidOperationException($"No panel titled '{title}'.");

    private static IEnumerable<DashboardPanel> Flatten(JsonArray? panels)
    {
        foreach (var panel in (panels ?? []).OfType<JsonObject>())
        {
            if (Text(panel, "type") == "row")
            {
                foreach (var nested in Flatten(panel["panels"]?.AsArray()))
                    yield return nested;
                continue;
            }

            yield return new DashboardPanel(
                panel["id"]?.GetValue<int>() ?? 0,
                Text(panel, "type"),
                Text(panel, "title"),
                Text(panel, "description"),
                (panel["targets"]?.AsArray() ?? []).OfType<JsonObject>()
                    .Select(t => new PanelTarget(Text(t, "refId"), Text(t, "expr"), t["instant"]?.GetValue<bool>() ?? false))
                    .ToList(),
                ThresholdSets(panel).ToList(),
                panel);
        }
    }

    /// <summary>The panel's default thresholds and those of each field override.</summary>
    private static IEnumerable<IReadOnlyList<ThresholdStep>> ThresholdSets(JsonObject panel)
    {
        var fieldConfig = panel["fieldConfig"];
        if (fieldConfig?["defaults"]?["thresholds"] is JsonObject defaults)
            yield return Steps(defaults);
        foreach (var property in (fieldConfig?["overrides"]?.AsArray() ?? []).SelectMany(o => o?["properties"]?.AsArray() ?? []))
        {
            if (property?["id"]?.GetValue<string>() == "thresholds" && property["value"] is JsonObject value)
                yield return Steps(value);
        }
    }

    private static List<ThresholdStep> Steps(JsonObject thresholds) =>
        (thresholds["steps"]?.AsArray() ?? []).OfType<JsonObject>()
            .Select(s => new ThresholdStep(Text(s, "color"), s["value"]?.GetValue<double>()))
            .ToList();

    private static string QueryText(JsonNode? query) => query switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonObject obj => obj["query"]?.GetValue<string>() ?? string.Empty,
        _ => string.Empty,
    };

    private static string Text(JsonObject node, string property) => node[property]?.GetValue<string>() ?? string.Empty;
}
