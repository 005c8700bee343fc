namespace CsMcp.Domain.Retention;

/// <summary>
/// The default playbook for an intervention level when the caller gives none. Light: outreach (day 2) and training (day 14).
/// Standard: outreach (day 2), executive sponsor call (day 7), training (day 14). Aggressive: outreach (day 1), executive
/// sponsor call (day 3), training (day 7), offer (day 14). Every step is owned by the campaign owner unless given.
/// </summary>
public static class Playbooks
{
    public static IReadOnlyList<(PlaybookStepType Type, int DueAfterDays)> DefaultFor(InterventionLevel level) => level switch
    {
        InterventionLevel.Light => [(PlaybookStepType.Outreach, 2), (PlaybookStepType.Training, 14)],
        InterventionLevel.Aggressive =>
            [(PlaybookStepType.Outreach, 1), (PlaybookStepType.ExecutiveSponsorCall, 3), (PlaybookStepType.Training, 7), (PlaybookStepType.Offer, 14)],
        _ => [(PlaybookStepType.Outreach, 2), (PlaybookStepType.ExecutiveSponsorCall, 7), (PlaybookStepType.Training, 14)],
    };
}
