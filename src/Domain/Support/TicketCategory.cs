namespace CsMcp.Domain.Support;

public enum TicketCategory
{
    TechnicalIssue,
    BugReport,
    FeatureRequest,
    HowToQuestion,
    AccountBilling,
    IntegrationSupport,
    TrainingRequest,
    DataIssue,
    Performance,
    Other,
}
