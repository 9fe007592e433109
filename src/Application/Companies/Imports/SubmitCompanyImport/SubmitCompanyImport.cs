using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Companies.Imports;

namespace PartnerCrm.Application.Companies.Imports.SubmitCompanyImport;

/// <summary>
/// Queues a file of the CVR register's extract for import. The header is read now, so a file the import cannot
/// use at all is refused at once; its rows are read and applied in the background.
/// </summary>
public sealed record SubmitCompanyImportCommand(string FileName, byte[] Content, bool DryRun) : ICommand<CompanyImportDto>;

public sealed class SubmitCompanyImportCommandValidator : AbstractValidator<SubmitCompanyImportCommand>
{
    public SubmitCompanyImportCommandValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().Text(260);
        RuleFor(c => c.Content).Custom((content, context) =>
        {
            if (CvrExtract.Refusal(content) is { } refusal)
                context.AddFailure(new FluentValidation.Results.ValidationFailure("file", refusal) { ErrorCode = "ExtractUnreadable" });
        });
    }
}

public sealed class SubmitCompanyImportCommandHandler(IAppDbContext db) : ICommandHandler<SubmitCompanyImportCommand, CompanyImportDto>
{
    public async ValueTask<CompanyImportDto> Handle(SubmitCompanyImportCommand command, CancellationToken cancellationToken)
    {
        var job = CompanyImport.Submit(command.FileName, command.Content, command.DryRun);
        db.CompanyImports.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return CompanyImportDto.Of(job);
    }
}
