namespace CsMcp.Domain.Retention;

/// <summary>How hard a campaign pushes: which playbook steps it runs and how soon.</summary>
public enum InterventionLevel
{
    Light,
    Standard,
    Aggressive,
}
