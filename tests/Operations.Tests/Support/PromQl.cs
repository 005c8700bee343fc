using System.Globalization;
using System.Text.RegularExpressions;

namespace CsMcp.Operations.Tests.Support;

/// <summary>Just enough PromQL reading to check queries against the metric catalogue and the histogram rules.</summary>
public static partial class PromQl
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset", "inf", "nan",
        "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile",
    };

    /// <summary>Every metric name an expression selects, including names given as __name__ matchers.</summary>
    public static IReadOnlySet<string> MetricNames(string expression)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in NameMatcher().Matches(expression))
        {
            foreach (var alternative in m.Groups["value"].Value.Split('|'))
                names.Add(alternative);
        }

        var text = StringLiteral().Replace(expression, "\"\"");
        text = Braces().Replace(text, "{}");
        text = Brackets().Replace(text, "[]");
        text = GroupingClause().Replace(text, "$1 ()");
        foreach (Match m in Identifier().Matches(text))
        {
            var name = m.Value;
            var followedByCall = FollowedByParenthesis().IsMatch(text[(m.Index + m.Length)..]);
            if (!followedByCall && !Keywords.Contains(name))
                names.Add(name);
        }

        return names;
    }

    /// <summary>The second argument of every histogram_quantile(φ, …) call, as written.</summary>
    public static IReadOnlyList<string> HistogramQuantileArguments(string expression)
    {
        var arguments = new List<string>();
        foreach (Match m in HistogramQuantileCall().Matches(expression))
        {
            var open = m.Index + m.Length - 1;
            var args = TopLevelArguments(expression, open);
            arguments.Add(args.Count == 2 ? args[1].Trim() : string.Empty);
        }

        return arguments;
    }

    /// <summary>True when the argument is sum by (…, le, …)(…) or sum(…) by (…, le, …): buckets of all series summed per le first.</summary>
    public static bool IsSumByLe(string argument)
    {
        var prefix = SumByPrefix().Match(argument);
        if (prefix.Success)
            return HasLe(prefix.Groups["labels"].Value);
        var suffix = SumBySuffix().Match(argument);
        return suffix.Success && HasLe(suffix.Groups["labels"].Value);
    }

    /// <summary>The first comparison with a number in the expression (an alert's threshold), e.g. ("&gt;", 0.05).</summary>
    public static (string Operator, double Value) FirstThreshold(string expression)
    {
        var text = StringLiteral().Replace(expression, "\"\"");
        var m = Comparison().Match(text);
        if (!m.Success)
            throw new InvalidOperationException($"No comparison with a number in: {expression}");
        return (m.Groups["op"].Value, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
    }

    private static bool HasLe(string labels) =>
        labels.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains("le");

    private static List<string> TopLevelArguments(string text, int openParenthesis)
    {
        var arguments = new List<string>();
        var depth = 0;
        var start = openParenthesis + 1;
        var inString = false;
        for (var i = openParenthesis; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && (i == 0 || text[i - 1] != '\\'))
                inString = !inString;
            if (inString)
                continue;
            if (c is '(' or '{' or '[')
                depth++;
            else if (c is ')' or '}' or ']')
            {
                depth--;
                if (depth == 0)
                {
                    arguments.Add(text[start..i]);
                    return arguments;
                }
            }
            else if (c == ',' && depth == 1)
            {
                arguments.Add(text[start..i]);
                start = i + 1;
            }
        }

        throw new InvalidOperationException($"Unbalanced parentheses in: {text}");
    }

    [GeneratedRegex("__name__\\s*=~?\\s*\"(?<value>[^\"]*)\"")]
    private static partial Regex NameMatcher();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("\\{[^}]*\\}")]
    private static partial Regex Braces();

    [GeneratedRegex("\\[[^\\]]*\\]")]
    private static partial Regex Brackets();

    [GeneratedRegex("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", RegexOptions.IgnoreCase)]
    private static partial Regex GroupingClause();

    [GeneratedRegex("(?<![\\w.:])[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex Identifier();

    [GeneratedRegex("^\\s*\\(")]
    private static partial Regex FollowedByParenthesis();

    [GeneratedRegex("\\bhistogram_quantile\\s*\\(")]
    private static partial Regex HistogramQuantileCall();

    [GeneratedRegex("^sum\\s+by\\s*\\((?<labels>[^)]*)\\)\\s*\\(", RegexOptions.Singleline)]
    private static partial Regex SumByPrefix();

    [GeneratedRegex("^sum\\s*\\(.*\\)\\s*by\\s*\\((?<labels>[^)]*)\\)\\s*$", RegexOptions.Singleline)]
    private static partial Regex SumBySuffix();

    [GeneratedRegex("(?<![<>=!])(?<op>[<>]=?|==|!=)\\s*(?<value>-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)(?![\\w.])")]
    private static partial Regex Comparison();
}
