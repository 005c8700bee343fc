using Microsoft.EntityFrameworkCore;

namespace CsMcp.Infrastructure.Persistence;

public sealed class PostgresCsMcpDbContext(DbContextOptions<PostgresCsMcpDbContext> options) : CsMcpDbContext(options);
