namespace CsMcp.McpHost.ToolAccess;

/// <summary>
/// What one source (the command line with its environment fallbacks, or one HTTP request's headers and path) asked for,
/// before it is checked against the catalog. Names are trimmed and lower-cased; empty list items are dropped.
/// </summary>
/// <param name="Toolsets">Toolset names and the keywords <c>all</c> and <c>default</c>; null when the source did not say.</param>
/// <param name="Tools">Individual tools added to the toolsets.</param>
/// <param name="ExcludeTools">Tools removed whatever else selects them.</param>
/// <param name="ReadOnly">Only read-only tools; wins over every other choice.</param>
internal sealed record ToolsetChoices(IReadOnlyList<string>? Toolsets, IReadOnlyList<string> Tools, IReadOnlyList<string> ExcludeTools, bool ReadOnly)
{
    public static ToolsetChoices None { get; } = new(null, [], [], false);

    /// <summary>True when the source chose nothing at all.</summary>
    public bool IsEmpty => Toolsets is null && Tools.Count == 0 && ExcludeTools.Count == 0 && !ReadOnly;

    /// <summary>Splits a comma-separated list; null stays null so "not given" differs from "given empty".</summary>
    public static IReadOnlyList<string>? ParseList(string? value) =>
        value is null
            ? null
            : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => v.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    /// <summary>true/false, 1/0, yes/no, on/off (any case); an empty value is false. Anything else is null (invalid).</summary>
    public static bool? ParseFlag(string? value) => (value ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "" or "false" or "0" or "no" or "off" => false,
        "true" or "1" or "yes" or "on" => true,
        _ => null,
    };
}
