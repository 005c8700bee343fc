using CsMcp.Application.Common.Validation;

namespace CsMcp.Application.Features.Workers.GetAutonomousStatus;

/// <summary>The tool takes no arguments; the validator exists so every tool has one.</summary>
public sealed class GetAutonomousStatusValidator : ToolValidator<GetAutonomousStatus>;
