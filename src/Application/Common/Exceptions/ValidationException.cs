namespace CsMcp.Application.Common.Exceptions;

/// <summary>One or more arguments broke a rule. <see cref="Errors"/> maps each argument (snake_case) to its broken rules.</summary>
public sealed class ValidationException : AppException
{
    public ValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(Describe(errors)) => Errors = errors;

    public ValidationException(string argument, string rule)
        : this(new Dictionary<string, string[]> { [argument] = [rule] }) { }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public override string ErrorType => ErrorTypes.Validation;

    private static string Describe(IReadOnlyDictionary<string, string[]> errors) =>
        "Invalid arguments: " + string.Join("; ", errors.SelectMany(e => e.Value.Select(rule => $"{e.Key}: {rule}")));
}
