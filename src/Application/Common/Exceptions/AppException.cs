namespace CsMcp.Application.Common.Exceptions;

/// <summary>An outcome the caller can act on. The host turns it into an isError tool result with this message.</summary>
public abstract class AppException : Exception
{
    protected AppException(string message) : base(message) { }

    protected AppException(string message, Exception innerException) : base(message, innerException) { }

    public abstract string ErrorType { get; }
}
