namespace CsMcp.Domain.Contracts;

/// <summary>Where a contract term stands. Not in the original, which could not tell a renewed term from the current one.</summary>
public enum ContractStatus
{
    /// <summary>The term in force (or signed and not yet ended).</summary>
    Active,

    /// <summary>Ended and followed by a renewal term.</summary>
    Renewed,

    /// <summary>Ended without renewal.</summary>
    Expired,

    /// <summary>Terminated: the client churned.</summary>
    Cancelled,
}
