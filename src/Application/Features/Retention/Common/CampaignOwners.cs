namespace CsMcp.Application.Features.Retention.Common;

/// <summary>Who owns a campaign created without an owner.</summary>
public static class CampaignOwners
{
    /// <summary>Named explicitly so a campaign nobody owns shows up as such, rather than failing the call that creates it.</summary>
    public const string Unassigned = "unassigned";

    /// <summary>The CSM every enrolled client shares; <see cref="Unassigned"/> when any has none or they differ.</summary>
    public static string Shared(IEnumerable<string?> csms)
    {
        var distinct = csms.Select(c => c?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return distinct is [{ Length: > 0 } csm] ? csm : Unassigned;
    }

    public static string Explain(string owner) => owner == Unassigned
        ? $"'{Unassigned}': the enrolled clients share no csm_assigned; give owner, or set it per step"
        : $"'{owner}', the enrolled clients' csm_assigned";
}
