using CsMcp.Application.Common.Validation;

namespace CsMcp.Application.Features.Workers.ListAvailableWorkers;

/// <summary>The tool takes no arguments; the validator exists so every tool has one.</summary>
public sealed class ListAvailableWorkersValidator : ToolValidator<ListAvailableWorkers>;
