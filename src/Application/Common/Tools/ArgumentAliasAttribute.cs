namespace CsMcp.Application.Common.Tools;

/// <summary>
/// Other spellings the host accepts for this argument, for compatibility with calls written for the original server
/// (<c>tier_filter</c> for <c>tiers</c>). Aliases are bound to the canonical argument and never listed in the schema.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class ArgumentAliasAttribute(params string[] aliases) : Attribute
{
    public IReadOnlyList<string> Aliases { get; } = aliases;
}
