using CsMcp.Domain.Surveys;
using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>
/// Satisfaction from NPS computed properly (% promoters - % detractors, rounded to a whole number, mapped (NPS + 100) / 2)
/// blended with CSAT (average 1-5 mapped (avg - 1) / 4 x 100); either alone when the other has no responses.
/// </summary>
public static class SatisfactionScoring
{
    /// <summary>NPS measures the relationship (would they recommend us), so it leads.</summary>
    public const decimal NpsShare = 0.60m;

    /// <summary>CSAT rates individual interactions; it refines the relationship measure rather than replacing it.</summary>
    public const decimal CsatShare = 0.40m;

    /// <summary>Lowest CSAT rating (maps to 0).</summary>
    public const decimal CsatMin = 1m;

    /// <summary>Highest CSAT rating (maps to 100).</summary>
    public const decimal CsatMax = 5m;

    /// <summary>Net Promoter Score, -100..100: round(100 x (promoters - detractors) / responses), halves away from zero.</summary>
    public static int Nps(int promoters, int passives, int detractors)
    {
        var responses = promoters + passives + detractors;
        if (responses <= 0)
            throw new ArgumentOutOfRangeException(nameof(promoters), responses, "NPS needs at least one response.");
        return SurveyScales.Nps(promoters, detractors, responses)!.Value;
    }

    /// <summary>NPS -100..100 mapped onto 0..100.</summary>
    public static decimal NpsToScore(int nps) => (nps + MaxScore) / 2;

    /// <summary>CSAT 1..5 mapped onto 0..100, rounded to one decimal.</summary>
    public static decimal CsatToScore(decimal averageCsat) => Round1((averageCsat - CsatMin) / (CsatMax - CsatMin) * MaxScore);

    public static ComponentScore Score(SatisfactionFacts facts, int windowDays)
    {
        if (!HasData(facts))
            return ComponentScore.NoData(HealthComponent.Satisfaction, $"No NPS or CSAT responses in the last {windowDays} days.");

        var (nps, npsScore, csatScore, score) = Compute(facts);
        var evidence = new List<EvidenceItem>(10);
        string npsText = string.Empty, csatText = string.Empty;
        if (nps is { } net && npsScore is { } fromNps)
        {
            evidence.Add(EvidenceItem.Number("promoters", facts.Promoters));
            evidence.Add(EvidenceItem.Number("passives", facts.Passives));
            evidence.Add(EvidenceItem.Number("detractors", facts.Detractors));
            evidence.Add(EvidenceItem.Number("nps", net));
            evidence.Add(EvidenceItem.Number("nps_score", fromNps));
            npsText = $"NPS score {Text(fromNps)} (NPS {net} from {facts.Promoters} promoters, {facts.Passives} passives, {facts.Detractors} detractors)";
        }

        if (facts.AverageCsat is { } average && csatScore is { } fromCsat)
        {
            evidence.Add(EvidenceItem.Number("average_csat", average));
            evidence.Add(EvidenceItem.Number("csat_responses", facts.CsatResponses));
            evidence.Add(EvidenceItem.Number("csat_score", fromCsat));
            csatText = $"CSAT score {Text(fromCsat)} (average {Text2(average)} of 5 from {facts.CsatResponses} responses)";
        }

        evidence.Add(EvidenceItem.Number("window_days", windowDays));
        var explanation = (npsScore, csatScore) switch
        {
            ({ }, { }) => $"satisfaction {Text(score)} = {Text(NpsShare)} x {npsText} + {Text(CsatShare)} x {csatText}",
            ({ }, null) => $"satisfaction {Text(score)} = {npsText}; no CSAT responses in {windowDays} days",
            _ => $"satisfaction {Text(score)} = {csatText}; no NPS responses in {windowDays} days",
        };
        return new ComponentScore(HealthComponent.Satisfaction, score, evidence, explanation);
    }

    /// <summary>The score of <see cref="Score"/> alone (null without responses), with no evidence or explanation built.</summary>
    public static decimal? Value(SatisfactionFacts facts) => HasData(facts) ? Compute(facts).Score : null;

    /// <summary>Validates the facts; false when there is neither an NPS nor a CSAT response.</summary>
    private static bool HasData(SatisfactionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        FactGuard.NotNegative(facts.Promoters, "promoters");
        FactGuard.NotNegative(facts.Passives, "passives");
        FactGuard.NotNegative(facts.Detractors, "detractors");
        FactGuard.NotNegative(facts.CsatResponses, "csat_responses");
        var hasCsat = facts.CsatResponses > 0;
        if (hasCsat != facts.AverageCsat.HasValue)
            throw new ArgumentException(
                $"average_csat must be set exactly when csat_responses is above 0; got average_csat {(facts.AverageCsat is { } a ? Text(a) : "null")} with {facts.CsatResponses} responses.",
                nameof(facts));
        if (facts.AverageCsat is { } csat && (csat < CsatMin || csat > CsatMax))
            throw new ArgumentOutOfRangeException(nameof(facts), csat, $"average_csat must be between 1 and 5; got {Text(csat)}.");
        return facts.NpsResponses > 0 || hasCsat;
    }

    /// <summary>NPS and CSAT blended with their shares, or either alone; the facts hold at least one response.</summary>
    private static (int? Nps, decimal? NpsScore, decimal? CsatScore, decimal Score) Compute(SatisfactionFacts facts)
    {
        int? nps = facts.NpsResponses > 0 ? Nps(facts.Promoters, facts.Passives, facts.Detractors) : null;
        decimal? npsScore = nps is { } net ? NpsToScore(net) : null;
        decimal? csatScore = facts.AverageCsat is { } average ? CsatToScore(average) : null;
        var score = (npsScore, csatScore) switch
        {
            ({ } n, { } c) => Round1((NpsShare * n) + (CsatShare * c)),
            ({ } onlyNps, null) => onlyNps,
            _ => csatScore!.Value,
        };
        return (nps, npsScore, csatScore, score);
    }
}
