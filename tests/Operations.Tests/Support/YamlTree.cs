using YamlDotNet.RepresentationModel;

namespace CsMcp.Operations.Tests.Support;

/// <summary>Navigation over a YAML document (compose, Prometheus and Grafana provisioning files) without a schema.</summary>
public static class YamlTree
{
    public static YamlMappingNode Load(string relativePath)
    {
        using var reader = new StringReader(Repository.ReadText(relativePath));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static YamlMappingNode Map(this YamlNode node, string key) => (YamlMappingNode)Child(node, key);

    public static YamlSequenceNode Seq(this YamlNode node, string key) => (YamlSequenceNode)Child(node, key);

    public static string Text(this YamlNode node, string key) => ((YamlScalarNode)Child(node, key)).Value ?? string.Empty;

    public static bool Has(this YamlNode node, string key) => ((YamlMappingNode)node).Children.ContainsKey(new YamlScalarNode(key));

    public static IReadOnlyList<string> Keys(this YamlNode node) =>
        ((YamlMappingNode)node).Children.Keys.Select(k => ((YamlScalarNode)k).Value ?? string.Empty).ToList();

    public static IReadOnlyList<string> Texts(this YamlNode node, string key) =>
        node.Seq(key).Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty).ToList();

    private static YamlNode Child(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var child)
            ? child
            : throw new KeyNotFoundException($"No '{key}' at {node.Start}.");
}
