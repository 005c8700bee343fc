using CsMcp.Application.Features.Core.Clients;

namespace CsMcp.Application.Features.Core.UpdateClientInfo;

public sealed record UpdateClientInfoResult(
    string ClientId,
    string Message,
    IReadOnlyList<string> UpdatedFields,
    IReadOnlyList<FieldChange> Changes,
    ClientRecord UpdatedRecord);

public sealed record FieldChange(string Field, string? PreviousValue, string? NewValue);
