namespace CsMcp.Application.Common.Exceptions;

public sealed class NotFoundException(string entity, string argument, string id, string hint)
    : AppException($"No {entity} with {argument} '{id}' exists. {hint}")
{
    public string Entity { get; } = entity;
    public string Id { get; } = id;

    public override string ErrorType => ErrorTypes.NotFound;

    public static NotFoundException Client(string clientId) =>
        new("client", "client_id", clientId, "Call list_clients to find existing client ids.");
}
