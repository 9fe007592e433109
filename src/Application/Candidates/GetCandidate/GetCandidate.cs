using Mediator;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Candidates.GetCandidate;

/// <summary>Reads one candidate; the read is audited.</summary>
public sealed record GetCandidateQuery(Guid Id) : IQuery<CandidateDto>;

public sealed class GetCandidateQueryHandler(IAppDbContext db) : IQueryHandler<GetCandidateQuery, CandidateDto>
{
    public async ValueTask<CandidateDto> Handle(GetCandidateQuery query, CancellationToken cancellationToken)
    {
        var candidate = await db.FindCandidateAsync(query.Id, cancellationToken);
        await db.AuditReadsAsync([candidate.Id], cancellationToken);
        return candidate.ToDto();
    }
}
