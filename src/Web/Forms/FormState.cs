using Microsoft.AspNetCore.Components.Forms;

namespace PartnerCrm.Web.Forms;

/// <summary>
/// One form on a page: the user's input, the errors next to each field and the errors that belong to the
/// form as a whole (a rule the change breaks, a concurrent change). The errors keep the input as it was
/// typed, so nothing the user wrote is lost. <see cref="Name"/> is the form's name on the page; the ids of
/// its fields start with it.
/// </summary>
public sealed class FormState
{
    private readonly ValidationMessageStore _store;
    private readonly List<(string Field, string Message)> _errors = [];

    public FormState(object model, string name)
    {
        Model = model;
        Name = name;
        Context = new EditContext(model);
        _store = new ValidationMessageStore(Context);
    }

    public object Model { get; }

    public string Name { get; }

    public EditContext Context { get; }

    /// <summary>Every error in the order it was found; an empty field name belongs to the form as a whole.</summary>
    public IReadOnlyList<(string Field, string Message)> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void AddFieldError(string field, string message)
    {
        if (_errors.Contains((field, message))) return;
        _errors.Add((field, message));
        _store.Add(new FieldIdentifier(Model, field), message);
    }

    public void AddFormError(string message)
    {
        if (!_errors.Contains(("", message))) _errors.Add(("", message));
    }

    public IEnumerable<string> ErrorsOf(string field) => _errors.Where(e => e.Field == field).Select(e => e.Message);

    /// <summary>The HTML id of a field: the form's name and the field's, e.g. <c>company-cvr</c>.</summary>
    public string IdOf(string field) => $"{Name}-{field}".ToLowerInvariant();
}
