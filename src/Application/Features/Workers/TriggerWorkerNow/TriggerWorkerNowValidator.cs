using CsMcp.Application.Common.Validation;

namespace CsMcp.Application.Features.Workers.TriggerWorkerNow;

/// <summary>worker_name is checked against the closed set of workers by the base class.</summary>
public sealed class TriggerWorkerNowValidator : ToolValidator<TriggerWorkerNow>;
