using System.Text.Json;

namespace CsMcp.Domain.Workers;

/// <summary>
/// A worker's effective parameters: the stored JSON object over the definition's defaults. Stored values are checked when
/// they are written (configure_autonomous_worker), so reading trusts their kind.
/// </summary>
public sealed class WorkerParams
{
    private readonly Dictionary<string, decimal> _values;

    private WorkerParams(WorkerDefinition definition, Dictionary<string, decimal> values)
    {
        Definition = definition;
        _values = values;
    }

    public WorkerDefinition Definition { get; }

    public static WorkerParams Parse(WorkerDefinition definition, string json)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var values = definition.Params.ToDictionary(p => p.Name, p => p.Default, StringComparer.Ordinal);
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (definition.Param(property.Name) is not { } spec)
                continue;
            values[spec.Name] = spec.Kind == WorkerParamKind.Boolean ? (property.Value.GetBoolean() ? 1 : 0) : property.Value.GetDecimal();
        }

        return new WorkerParams(definition, values);
    }

    public decimal Number(string name) => _values[name];

    public bool Flag(string name) => _values[name] != 0;

    /// <summary>The JSON object to store: every parameter with its effective value.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var spec in Definition.Params)
            {
                if (spec.Kind == WorkerParamKind.Boolean)
                    writer.WriteBoolean(spec.Name, _values[spec.Name] != 0);
                else
                    writer.WriteNumber(spec.Name, _values[spec.Name]);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>These parameters with <paramref name="changes"/> applied (already validated).</summary>
    public WorkerParams With(IReadOnlyDictionary<string, JsonElement> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var values = new Dictionary<string, decimal>(_values, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            var spec = Definition.Param(name) ?? throw new ArgumentException($"'{name}' is not a parameter of {Definition.Name}.", nameof(changes));
            values[name] = spec.Kind == WorkerParamKind.Boolean ? (value.GetBoolean() ? 1 : 0) : value.GetDecimal();
        }

        return new WorkerParams(Definition, values);
    }
}
