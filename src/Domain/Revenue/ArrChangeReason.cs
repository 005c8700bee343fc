namespace CsMcp.Domain.Revenue;

/// <summary>Why a client's ARR moved (codes new, expansion, contraction, churn).</summary>
public enum ArrChangeReason
{
    /// <summary>From no ARR to some: the first term, or a returning client.</summary>
    New,

    Expansion,
    Contraction,

    /// <summary>To no ARR: the client's contracts ended.</summary>
    Churn,
}
