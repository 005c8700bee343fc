using CsMcp.Domain.Support;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>Ticket subjects, descriptions and rating comments for the demo portfolio.</summary>
internal static class DemoTicketTexts
{
    public static readonly IReadOnlyDictionary<TicketCategory, string[]> Subjects = new Dictionary<TicketCategory, string[]>
    {
        [TicketCategory.TechnicalIssue] = ["Dashboard does not load for some users", "Error when saving a record", "Sign-in loop after password reset"],
        [TicketCategory.BugReport] = ["Totals in the monthly report are off", "Filter resets after page refresh", "Duplicate notifications for one alert"],
        [TicketCategory.FeatureRequest] = ["Request: bulk edit of custom fields", "Request: export to PDF", "Request: more granular permissions"],
        [TicketCategory.HowToQuestion] = ["How do we schedule a weekly report?", "How to invite a whole team at once", "How do workspaces and roles interact?"],
        [TicketCategory.AccountBilling] = ["Invoice address needs correcting", "Question about the latest invoice", "Change the billing contact"],
        [TicketCategory.IntegrationSupport] = ["CRM sync stopped updating contacts", "Webhook deliveries failing with 401", "API token scopes for the data team"],
        [TicketCategory.TrainingRequest] = ["Training session for new admins", "Onboarding session for the sales team", "Refresher on workflow automation"],
        [TicketCategory.DataIssue] = ["Missing records after import", "Import mapped dates to the wrong field", "Archived items still show in search"],
        [TicketCategory.Performance] = ["Reports take minutes to open", "Search is slow on large workspaces", "Timeouts during peak hours"],
        [TicketCategory.Other] = ["General question about the roadmap", "Request for a security questionnaire", "Contact change for our account"],
    };

    public static readonly string[] GoodComments = ["Quick and clear answer, thanks.", "Solved on the first reply.", "Very helpful agent.", "Great follow-up."];

    public static readonly string[] BadComments = ["Took far too long to get an answer.", "Had to explain the problem three times.", "The workaround does not really solve it.", "Still happening for part of the team."];

    public static string Team(TicketPriority priority, TicketCategory category) =>
        priority is TicketPriority.P0 or TicketPriority.P1 ? "Escalation Team" : category switch
        {
            TicketCategory.TechnicalIssue or TicketCategory.Performance => "Technical Support",
            TicketCategory.BugReport => "Engineering Support",
            TicketCategory.FeatureRequest => "Product Support",
            TicketCategory.HowToQuestion => "Customer Success",
            TicketCategory.AccountBilling => "Billing Support",
            TicketCategory.IntegrationSupport => "Integration Team",
            TicketCategory.TrainingRequest => "Training Team",
            TicketCategory.DataIssue => "Data Support",
            _ => "General Support",
        };
}
