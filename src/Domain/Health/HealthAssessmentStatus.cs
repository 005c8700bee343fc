namespace CsMcp.Domain.Health;

/// <summary>Scored when at least one weighted component had data; otherwise no overall score is given.</summary>
public enum HealthAssessmentStatus
{
    Scored,
    InsufficientData,
}
