using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Application.Internships.ListInternships;

/// <summary>Internship offers, newest first (by creation, then id). An employer's list holds only its own company's offers.</summary>
public sealed record ListInternshipsQuery(string? Status, Guid? CompanyId, int? Limit, string? Cursor)
    : IQuery<Page<InternshipDto>>, IPagedQuery;

public sealed class ListInternshipsQueryValidator : AbstractValidator<ListInternshipsQuery>
{
    public ListInternshipsQueryValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.Status).MustBeOneOf<ListInternshipsQuery, InternshipStatus>();
    }
}

public sealed class ListInternshipsQueryHandler(IAppDbContext db) : IQueryHandler<ListInternshipsQuery, Page<InternshipDto>>
{
    public async ValueTask<Page<InternshipDto>> Handle(ListInternshipsQuery query, CancellationToken cancellationToken)
    {
        var offers = db.InternshipOffers.AsNoTracking();
        if (EnumText.Parse<InternshipStatus>(query.Status) is { } status) offers = offers.Where(o => o.Status == status);
        if (query.CompanyId is { } companyId) offers = offers.Where(o => o.CompanyId == companyId);
        return await db.AnswerAsync(await offers.NewestFirstPageAsync(query, o => o, cancellationToken), cancellationToken);
    }
}
