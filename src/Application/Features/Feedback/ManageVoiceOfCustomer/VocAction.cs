namespace CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;

public enum VocAction
{
    CreateVocReport,
    TrackFeedbackLoop,
    MeasureProgramEffectiveness,
    GenerateExecutiveSummary,
    CloseFeedbackLoop,
    UpdateCustomerRoadmap,
}
