using System.ComponentModel;
using CsMcp.Application.Common.Tools;
using CsMcp.Domain.Retention;

namespace CsMcp.Application.Features.Retention.ExecuteRetentionCampaign;

[Description("One playbook step.")]
public sealed record PlaybookStepInput
{
    [Description("The step.")]
    [OneOf<PlaybookStepType>]
    public required string StepType { get; init; }

    [Description("1-200 chars. Default the campaign owner.")]
    public string? Owner { get; init; }

    [Description("Days after enrolment, 0-365.")]
    public int DueAfterDays { get; init; }
}
