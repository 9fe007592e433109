using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnerCrm.Application.Common;
using PartnerCrm.Domain.Common;
using PartnerCrm.Web.Resources;

namespace PartnerCrm.Web.Forms;

/// <summary>The answer to a command sent from a form: its result, or the errors now shown on the form.</summary>
public readonly record struct Sent<T>(bool Succeeded, T? Result);

/// <summary>
/// Sends a form's command through the same Mediator pipeline as the REST API (validation, rules, policies,
/// audit) and turns what refuses it into Danish or English text on the form: a validator's failure next to
/// its field, a rule's refusal and a concurrent change at the top, with the user's input kept.
/// </summary>
public sealed class Sending(
    ISender sender,
    IServiceProvider services,
    IStringLocalizer<ValidationTexts> validation,
    IStringLocalizer<RuleTexts> rules,
    IStringLocalizer<CommonTexts> common)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>
    /// Sends <paramref name="command"/>. <paramref name="fieldOf"/> names the form's field for a property of
    /// the command (by default the property's last part: <c>Address.PostalCode</c> is <c>PostalCode</c>);
    /// <paramref name="thing"/> names what the form changes, for the concurrent-change message.
    /// </summary>
    /// <param name="explain">The page's own words for a refusal it knows better (a duplicate with a link); true when it has explained it.</param>
    public async Task<Sent<T>> SendAsync<T>(
        ICommand<T> command, FormState form, string? thing = null, Func<string, string?>? fieldOf = null, Func<Exception, bool>? explain = null)
    {
        if (await HasInputErrorsAsync(command, form, fieldOf)) return new(false, default);
        try
        {
            return new(true, await OneAtATimeAsync(() => sender.Send(command).AsTask()));
        }
        catch (Exception e) when (explain?.Invoke(e) == true || Explain(e, form, thing, fieldOf))
        {
            return new(false, default);
        }
    }

    public async Task<bool> SendAsync(ICommand command, FormState form, string? thing = null, Func<string, string?>? fieldOf = null)
    {
        if (await HasInputErrorsAsync(command, form, fieldOf)) return false;
        try
        {
            await OneAtATimeAsync(() => sender.Send(command).AsTask());
            return true;
        }
        catch (Exception e) when (Explain(e, form, thing, fieldOf))
        {
            return false;
        }
    }

    /// <summary>Asks a query; input it refuses (a search too long, a table too large) is shown on the form, like a command's.</summary>
    public async Task<Sent<T>> AskAsync<T>(IQuery<T> query, FormState form, Func<string, string?>? fieldOf = null)
    {
        try
        {
            return new(true, await OneAtATimeAsync(() => sender.Send(query).AsTask()));
        }
        catch (Exception e) when (e is ValidationException or DomainRuleException && Explain(e, form, null, fieldOf))
        {
            return new(false, default);
        }
    }

    /// <summary>Asks a query that has no form (a section's list); what refuses it is the page's error.</summary>
    public Task<T> ReadAsync<T>(IQuery<T> query) => OneAtATimeAsync(() => sender.Send(query).AsTask());

    /// <summary>
    /// The sections of one page load side by side, but the request's database context takes one operation at a
    /// time: what is sent through here waits for what was sent before it.
    /// </summary>
    private async Task<T> OneAtATimeAsync<T>(Func<Task<T>> send)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            return await send();
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// A form whose input could not be read (a number that is not a number) is not sent; the command's
    /// validators still check the rest, so the user sees every error at once. A field that could not be read
    /// keeps its own error only: the validator saw it as empty.
    /// </summary>
    private async Task<bool> HasInputErrorsAsync<TMessage>(TMessage command, FormState form, Func<string, string?>? fieldOf)
    {
        if (!form.HasErrors) return false;
        var unread = form.Errors.Select(e => e.Field).Where(field => field.Length > 0).ToHashSet();
        var validators = services.GetServices(typeof(IValidator<>).MakeGenericType(command!.GetType())).Cast<IValidator>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<object>(command));
            var failures = result.Errors.Where(f => !unread.Contains(fieldOf?.Invoke(f.PropertyName) ?? LastPart(f.PropertyName)));
            Explain(new ValidationException(failures), form, null, fieldOf);
        }
        return true;
    }

    private bool Explain(Exception exception, FormState form, string? thing, Func<string, string?>? fieldOf)
    {
        switch (exception)
        {
            case ValidationException invalid:
                foreach (var failure in invalid.Errors)
                {
                    var field = fieldOf?.Invoke(failure.PropertyName) ?? LastPart(failure.PropertyName);
                    var message = TextOf(failure);
                    if (field.Length == 0) form.AddFormError(message);
                    else form.AddFieldError(field, message);
                }
                return true;
            case DomainRuleException rule:
                form.AddFormError(rules[rule.Code] is { ResourceNotFound: false } text ? text : rules["unknown"]);
                return true;
            case StaleVersionException:
                form.AddFormError(common["StaleVersion", thing ?? common["StaleVersionThing"]]);
                return true;
            case ConflictException:
                form.AddFormError(common["Conflict"]);
                return true;
            case AlreadyDoneException:
                form.AddFormError(common["AlreadyDone"]);
                return true;
            case NotYoursException:
                form.AddFormError(common["NotYours"]);
                return true;
            case NotFoundException:
                form.AddFormError(common["NotFound"]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A validator's failure in the page's language, by its error code; a text validator also says which
    /// of its checks failed. Placeholders such as <c>{MaxLength}</c> are filled from the failure.
    /// </summary>
    public string TextOf(ValidationFailure failure)
    {
        var code = failure.ErrorCode ?? "";
        var values = failure.FormattedMessagePlaceholderValues ?? new Dictionary<string, object>();
        if (values.TryGetValue(TextValidatorKinds.Placeholder, out var kind)) code = $"{code}.{kind}";
        var text = validation[code];
        if (text.ResourceNotFound) return validation["Invalid"];
        var message = text.Value;
        foreach (var (name, value) in values)
            message = message.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.CurrentCulture), StringComparison.Ordinal);
        return message;
    }

    private static string LastPart(string propertyName)
    {
        var last = propertyName[(propertyName.LastIndexOf('.') + 1)..];
        return last.Contains('[') ? last[..last.IndexOf('[')] : last;
    }
}
