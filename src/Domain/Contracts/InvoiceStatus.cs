namespace CsMcp.Domain.Contracts;

public enum InvoiceStatus
{
    Open,
    Paid,
    Void,
}
