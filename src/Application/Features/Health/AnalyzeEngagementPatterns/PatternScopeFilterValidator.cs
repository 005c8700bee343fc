using CsMcp.Application.Common.Validation;

namespace CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;

/// <summary>Nothing of its own: the portfolio filter rules come from the base, via <see cref="ToolValidator{TRequest}"/>.</summary>
public sealed class PatternScopeFilterValidator : ToolValidator<PatternScopeFilter>;
