using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Infrastructure.Idempotency;

namespace PartnerCrm.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options, TimeProvider clock)
    : DbContext(options), IAppDbContext
{
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<InternshipOffer> InternshipOffers => Set<InternshipOffer>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as the same camelCase words the API uses, so analysts can read the tables.
        configurationBuilder.Properties<Sector>().HaveConversion<CamelCaseEnumConverter<Sector>>().HaveMaxLength(32);
        configurationBuilder.Properties<ActivityKind>().HaveConversion<CamelCaseEnumConverter<ActivityKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<PartnershipStatus>().HaveConversion<CamelCaseEnumConverter<PartnershipStatus>>().HaveMaxLength(32);
        configurationBuilder.Properties<DanishLevel>().HaveConversion<CamelCaseEnumConverter<DanishLevel>>().HaveMaxLength(32);
        configurationBuilder.Properties<InternshipStatus>().HaveConversion<CamelCaseEnumConverter<InternshipStatus>>().HaveMaxLength(32);
    }

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        StampTimes();
        try
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleVersionException();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            throw new ConflictException(UniqueIndexes.Explain(unique.ConstraintName));
        }
    }

    private void StampTimes()
    {
        // PostgreSQL keeps microseconds: cut the ticks so the answer to a write equals a later read.
        var clockNow = clock.GetUtcNow();
        var now = clockNow.AddTicks(-(clockNow.Ticks % TimeSpan.TicksPerMicrosecond));
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Added) entry.Property(e => e.CreatedAt).CurrentValue = now;
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Property(e => e.UpdatedAt).CurrentValue = now;
        }
    }
}
