using FluentValidation;
using Mediator;
using PartnerCrm.Application.Common;
using PartnerCrm.Application.Companies;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Application.ApiKeys.IssueApiKey;

/// <summary>A key's name, as a consultant gives it: the system that will use it.</summary>
public record ApiKeyInput(string Name);

public sealed record IssueApiKeyCommand(Guid CompanyId, ApiKeyInput Key)
    : ApiKeyInput(Key), ICommand<IssuedApiKeyDto>;

public sealed class IssueApiKeyCommandValidator : AbstractValidator<IssueApiKeyCommand>
{
    public IssueApiKeyCommandValidator() => RuleFor(k => k.Name).NotEmpty().Text(100);
}

public sealed class IssueApiKeyCommandHandler(IAppDbContext db, IApiKeyGenerator generator)
    : ICommandHandler<IssueApiKeyCommand, IssuedApiKeyDto>
{
    public async ValueTask<IssuedApiKeyDto> Handle(IssueApiKeyCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureCompanyExistsAsync(command.CompanyId, cancellationToken);
        var secret = generator.Generate();
        var key = ApiKey.Issue(command.CompanyId, command.Name, secret.Prefix, secret.Hash);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKeyDto(key.Id, key.CompanyId, key.Name, key.Prefix, secret.Key, key.CreatedAt);
    }
}
