namespace CsMcp.Domain.Health;

/// <summary>The original's scoring_model values. All score with the weighted composite; they differ in where the weights come from.</summary>
public enum ScoringModel
{
    /// <summary>The configured weights (HEALTH_SCORE_WEIGHT_* or the defaults).</summary>
    WeightedComposite,

    /// <summary>Accepted for compatibility with the original; there is no trained model, so it scores as the weighted composite and says so.</summary>
    MlPredictive,

    /// <summary>The weights given in component_weights.</summary>
    Custom,
}
