namespace CsMcp.Domain.Health;

/// <summary>Whether a component was scored from data or had none (its weight is then redistributed).</summary>
public enum ComponentStatus
{
    Scored,
    NoData,
}
