using CsMcp.Application.Common.Validation;

namespace CsMcp.Application.Features.Workers.GetWorkerConfig;

/// <summary>worker_name is checked against the closed set of workers by the base class.</summary>
public sealed class GetWorkerConfigValidator : ToolValidator<GetWorkerConfig>;
