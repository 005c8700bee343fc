using CsMcp.Domain.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

internal static class ClientForeignKey
{
    /// <summary>The entity's ClientId as column client_id referencing clients.client_id (the business key), deleted with the client.</summary>
    public static void BelongsToClient<T>(this EntityTypeBuilder<T> builder)
        where T : class
    {
        builder.Property<string>(nameof(Client.ClientId)).HasColumnName("client_id").HasMaxLength(ClientIdentifier.MaxLength);
        builder.HasOne<Client>().WithMany().HasForeignKey(nameof(Client.ClientId)).HasPrincipalKey(c => c.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
