using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Application.Internships.GetInternship;

/// <param name="OnlyOfCompany">The employer's company: an offer of any other company is not found.</param>
public sealed record GetInternshipQuery(Guid Id, Guid? OnlyOfCompany) : IQuery<InternshipDto>;

public sealed class GetInternshipQueryHandler(IAppDbContext db) : IQueryHandler<GetInternshipQuery, InternshipDto>
{
    public async ValueTask<InternshipDto> Handle(GetInternshipQuery query, CancellationToken cancellationToken)
    {
        var offer = await db.InternshipOffers.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == query.Id && (query.OnlyOfCompany == null || o.CompanyId == query.OnlyOfCompany), cancellationToken)
            ?? throw new NotFoundException("internship", query.Id);
        return await db.AnswerAsync(offer, cancellationToken);
    }
}
