using System.ComponentModel;
using CsMcp.Application.Common.Tools;
using CsMcp.Domain.Retention;

namespace CsMcp.Application.Features.Retention.ExecuteRetentionCampaign;

[Description("One playbook step.")]
public sealed record PlaybookStepInput
{
    [Description("What the step is.")]
    [OneOf<PlaybookStepType>]
    public required string StepType { get; init; }

    [Description("Who does it, 1-200 characters. Default: the campaign owner.")]
    public string? Owner { get; init; }

    [Description("Days after enrolment the step is due, 0-365.")]
    public int DueAfterDays { get; init; }
}
