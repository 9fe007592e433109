using Microsoft.EntityFrameworkCore;
using PartnerCrm.Domain.Auditing;
using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Companies;
using PartnerCrm.Domain.Companies.Imports;
using PartnerCrm.Domain.Placements;
using PartnerCrm.Domain.Internships;
using PartnerCrm.Domain.Partnerships;
using PartnerCrm.Domain.Referrals;

namespace PartnerCrm.Application.Common;

public interface IAppDbContext
{
    DbSet<Company> Companies { get; }
    DbSet<Contact> Contacts { get; }
    DbSet<Activity> Activities { get; }
    DbSet<Partnership> Partnerships { get; }
    DbSet<ApiKey> ApiKeys { get; }
    DbSet<InternshipOffer> InternshipOffers { get; }
    DbSet<Candidate> Candidates { get; }
    DbSet<Placement> Placements { get; }
    DbSet<FollowUp> FollowUps { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<Referral> Referrals { get; }
    DbSet<Workplace> Workplaces { get; }
    DbSet<CompanyImport> CompanyImports { get; }
    DbSet<ImportProgress> ImportProgress { get; }

    /// <summary>
    /// Saves once. A row changed by another request since it was read (a lost race) becomes a <see cref="ConflictException"/>,
    /// a unique-index violation a <see cref="ConflictException"/>.
    /// </summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
