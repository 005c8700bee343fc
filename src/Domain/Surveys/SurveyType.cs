namespace CsMcp.Domain.Surveys;

public enum SurveyType
{
    Nps,
    Csat,
    Ces,
}
