namespace CsMcp.Domain.Feedback;

/// <summary>The reference's voice-of-customer rules: default period per report type and recipients per audience.</summary>
public static class VocRules
{
    public const string PeriodRule = "Default period_start = period_end - days by report_type: weekly 7, monthly 30, quarterly 90, annual 365.";

    public const string RecipientRule = "Recipients by target_audience: executive ceo@, cto@, cco@; product product-team@, product-director@; "
        + "cs_team cs-team@, cs-leadership@; all all-hands@ (all @company.com).";

    public static int DefaultDays(VocReportType type) => type switch
    {
        VocReportType.Weekly => 7,
        VocReportType.Quarterly => 90,
        VocReportType.Annual => 365,
        _ => 30,
    };

    public static IReadOnlyList<string> Recipients(VocAudience audience) => audience switch
    {
        VocAudience.Executive => ["ceo@company.com", "cto@company.com", "cco@company.com"],
        VocAudience.Product => ["product-team@company.com", "product-director@company.com"],
        VocAudience.CsTeam => ["cs-team@company.com", "cs-leadership@company.com"],
        _ => ["all-hands@company.com"],
    };
}
