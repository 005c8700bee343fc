using CsMcp.Domain.Common;

namespace CsMcp.Application.Common.Tools;

/// <summary>
/// The closed set of a string argument (or of each element of a string-list argument): the snake_case codes of
/// <typeparamref name="TEnum"/>. The host lists them as the schema's <c>enum</c>; <see cref="Validation.ToolValidator{TRequest}"/>
/// checks them case-insensitively. One declaration, so the schema and the rule cannot drift apart.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class OneOfAttribute<TEnum> : Attribute, IClosedSet where TEnum : struct, Enum
{
    public IReadOnlyList<string> Codes => EnumCodes<TEnum>.All;

    public string AllowedList => EnumCodes<TEnum>.AllowedList;

    public bool Accepts(string code) => EnumCodes<TEnum>.TryParse(code, out _);
}

/// <summary>The non-generic face of <see cref="OneOfAttribute{TEnum}"/>, for the schema generator and the validator.</summary>
public interface IClosedSet
{
    IReadOnlyList<string> Codes { get; }

    string AllowedList { get; }

    bool Accepts(string code);
}
