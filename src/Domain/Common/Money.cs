using System.Globalization;

namespace CsMcp.Domain.Common;

public static class Money
{
    /// <summary>Invariant text of an amount without trailing zeros, whatever scale the database returned ("90000", "50000.5").</summary>
    public static string Plain(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"$120,000.00"</summary>
    public static string Usd(decimal amount) => amount.ToString("$#,##0.00", CultureInfo.InvariantCulture);
}
