using FluentValidation.Results;

namespace CsMcp.Application.Common.Validation;

public static class ArgumentErrors
{
    /// <summary>Groups failures by argument, keeping the order the rules were declared in.</summary>
    public static Dictionary<string, string[]> From(IEnumerable<ValidationFailure> failures)
    {
        var grouped = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var failure in failures)
        {
            var argument = string.IsNullOrEmpty(failure.PropertyName) ? "arguments" : ArgumentNames.FromMemberPath(failure.PropertyName);
            if (!grouped.TryGetValue(argument, out var messages))
                grouped[argument] = messages = [];
            if (!messages.Contains(failure.ErrorMessage))
                messages.Add(failure.ErrorMessage);
        }

        return grouped.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }
}
