using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Auditing;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Common;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Companies.Imports;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Domain.Referrals;
using PartnerCrm.Infrastructure.Idempotency;
using PartnerCrm.Infrastructure.Reminders;
using PartnerCrm.Infrastructure.Staff;

namespace PartnerCrm.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options, TimeProvider clock, IAuditActor actor)
    : DbContext(options), IAppDbContext
{
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<InternshipOffer> InternshipOffers => Set<InternshipOffer>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<StaffDirectoryEntry> StaffDirectory => Set<StaffDirectoryEntry>();
    public DbSet<DailyDigestRecord> DailyDigests => Set<DailyDigestRecord>();
    public DbSet<Candidate> Candidates => Set<Candidate>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<Workplace> Workplaces => Set<Workplace>();
    public DbSet<CompanyImport> CompanyImports => Set<CompanyImport>();
    public DbSet<ImportProgress> ImportProgress => Set<ImportProgress>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        modelBuilder.AddDateRangeChecks();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as the same camelCase words the API uses, so analysts can read the tables.
        configurationBuilder.Properties<Sector>().HaveConversion<CamelCaseEnumConverter<Sector>>().HaveMaxLength(32);
        configurationBuilder.Properties<ActivityKind>().HaveConversion<CamelCaseEnumConverter<ActivityKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<PartnershipStatus>().HaveConversion<CamelCaseEnumConverter<PartnershipStatus>>().HaveMaxLength(32);
        configurationBuilder.Properties<DanishLevel>().HaveConversion<CamelCaseEnumConverter<DanishLevel>>().HaveMaxLength(32);
        configurationBuilder.Properties<InternshipStatus>().HaveConversion<CamelCaseEnumConverter<InternshipStatus>>().HaveMaxLength(32);
        configurationBuilder.Properties<Gender>().HaveConversion<CamelCaseEnumConverter<Gender>>().HaveMaxLength(32);
        configurationBuilder.Properties<ResidenceBasis>().HaveConversion<CamelCaseEnumConverter<ResidenceBasis>>().HaveMaxLength(32);
        configurationBuilder.Properties<EducationLevel>().HaveConversion<CamelCaseEnumConverter<EducationLevel>>().HaveMaxLength(32);
        configurationBuilder.Properties<DanishTrack>().HaveConversion<CamelCaseEnumConverter<DanishTrack>>().HaveMaxLength(8);
        configurationBuilder.Properties<PlacementType>().HaveConversion<CamelCaseEnumConverter<PlacementType>>().HaveMaxLength(32);
        configurationBuilder.Properties<EndReason>().HaveConversion<CamelCaseEnumConverter<EndReason>>().HaveMaxLength(32);
        configurationBuilder.Properties<Milestone>().HaveConversion<CamelCaseEnumConverter<Milestone>>().HaveMaxLength(16);
        configurationBuilder.Properties<FollowUpStatus>().HaveConversion<CamelCaseEnumConverter<FollowUpStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<Outcome>().HaveConversion<CamelCaseEnumConverter<Outcome>>().HaveMaxLength(32);
        configurationBuilder.Properties<ImportStatus>().HaveConversion<CamelCaseEnumConverter<ImportStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<ReferralStatus>().HaveConversion<CamelCaseEnumConverter<ReferralStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<DeclineReason>().HaveConversion<CamelCaseEnumConverter<DeclineReason>>().HaveMaxLength(32);
    }

    /// <summary>Saves once: the changes, their timestamps and their audit lines, in one transaction.</summary>
    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        StampTimes();
        AuditEntries.AddRange(AuditTrail.For(ChangeTracker.Entries<Entity>()));
        StampAuditEntries();
        try
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The row changed between this request's read and its write: two requests raced, and this one lost.
            // A stale If-Match is caught before (412); a lost race is a conflict the client may simply retry.
            throw new ConflictException("Another request changed the same record at the same moment. Read it again and repeat your change.");
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            throw new ConflictException(UniqueIndexes.Explain(unique.ConstraintName));
        }
    }

    private void StampAuditEntries()
    {
        var now = clock.GetUtcNow();
        foreach (var entry in ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added))
        {
            entry.Property(e => e.At).CurrentValue = now;
            entry.Property(e => e.Actor).CurrentValue = actor.Actor;
            entry.Property(e => e.TraceId).CurrentValue = actor.TraceId;
        }
    }

    private void StampTimes()
    {
        // PostgreSQL keeps microseconds: cut the ticks so the answer to a write equals a later read.
        var now = clock.GetUtcNow().ToTheMicrosecond();
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Added) entry.Property(e => e.CreatedAt).CurrentValue = now;
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Property(e => e.UpdatedAt).CurrentValue = now;
        }
    }
}
