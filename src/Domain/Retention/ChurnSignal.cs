namespace CsMcp.Domain.Retention;

/// <summary>A trend or event that raises churn risk above what the health score alone says.</summary>
/// <param name="Code">usage_decline, engagement_gap, ticket_spike, nps_drop, payment_problem, renewal_proximity or health_decline.</param>
/// <param name="Uplift">What it adds to the churn probability.</param>
/// <param name="Evidence">The values (and windows) that fired it.</param>
public sealed record ChurnSignal(string Code, string Severity, decimal Uplift, string Evidence);
