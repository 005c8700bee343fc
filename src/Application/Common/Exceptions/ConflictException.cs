namespace CsMcp.Application.Common.Exceptions;

/// <summary>The request is valid but contradicts stored state (a duplicate, a disallowed transition).</summary>
public sealed class ConflictException(string message) : AppException(message)
{
    public override string ErrorType => ErrorTypes.Conflict;
}
