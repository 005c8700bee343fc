using System.Text.Json;
using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Common;
using CsMcp.Domain.Workers;
using FluentValidation;

namespace CsMcp.Application.Features.Workers.ConfigureAutonomousWorker;

/// <summary>worker_name from the closed set (base class); each of params must be one of that worker's params, of its kind and range.</summary>
public sealed class ConfigureAutonomousWorkerValidator : ToolValidator<ConfigureAutonomousWorker>
{
    public ConfigureAutonomousWorkerValidator()
    {
        RuleFor(r => r.IntervalHours)
            .InclusiveBetween(WorkerDefinition.MinIntervalHours, WorkerDefinition.MaxIntervalHours)
            .When(r => r.IntervalHours is not null)
            .WithMessage($"'interval_hours' must be {WorkerDefinition.MinIntervalHours}-{WorkerDefinition.MaxIntervalHours}; got {{PropertyValue}}. Omit it to keep the stored interval.");
        RuleFor(r => r.Params).Custom((changes, context) =>
        {
            if (changes is null || !EnumCodes<WorkerName>.TryParse(context.InstanceToValidate.WorkerName, out var name))
                return;
            var definition = WorkerDefinition.Of(name);
            foreach (var (key, value) in changes)
            {
                if (definition.Param(key) is not { } spec)
                    context.AddFailure($"'params' has '{key}', which is not a param of {EnumCodes<WorkerName>.ToCode(name)}; its params are: {string.Join(", ", definition.Params.Select(p => p.Name))}.");
                else if (!Fits(spec, value))
                    context.AddFailure($"'params.{key}' must be {spec.Rule}; got {value.GetRawText()}.");
            }
        });
    }

    private static bool Fits(WorkerParamSpec spec, JsonElement value) => spec.Kind == WorkerParamKind.Boolean
        ? value.ValueKind is JsonValueKind.True or JsonValueKind.False
        : value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number >= spec.Min && number <= spec.Max;
}
