using System.Text.Json;

namespace CsMcp.Application.Common.Validation;

/// <summary>Turns C# member paths ("Updates.ContractValue") into argument paths ("updates.contract_value").</summary>
public static class ArgumentNames
{
    public static string FromMemberPath(string memberPath) =>
        string.Join('.', memberPath.Split('.').Select(segment => JsonNamingPolicy.SnakeCaseLower.ConvertName(segment)));
}
