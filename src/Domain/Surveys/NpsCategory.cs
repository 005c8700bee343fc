namespace CsMcp.Domain.Surveys;

public enum NpsCategory
{
    /// <summary>0-6.</summary>
    Detractor,

    /// <summary>7-8.</summary>
    Passive,

    /// <summary>9-10.</summary>
    Promoter,
}
