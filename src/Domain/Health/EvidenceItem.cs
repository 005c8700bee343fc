namespace CsMcp.Domain.Health;

/// <summary>
/// One number behind a score: an input fact, an intermediate ratio or a sub-score, under a snake_case name.
/// A value type so a component's evidence is one array, not one object per number. Exactly one of <see cref="Value"/> (numbers) and <see cref="Text"/> (codes such as a payment status) is set.
/// </summary>
public readonly record struct EvidenceItem(string Name, decimal? Value, string? Text)
{
    public static EvidenceItem Number(string name, decimal value) => new(name, value, null);

    public static EvidenceItem Code(string name, string code) => new(name, null, code);
}
