namespace PartnerCrm.Application.Common;

/// <summary>
/// A resource read together with its row version. A door shows the version beside the resource (the
/// REST API as its <c>ETag</c> header, not in the body) and hands it back with a change, so a change
/// made by someone else in between is noticed.
/// </summary>
public interface IVersioned
{
    uint Version { get; }
}
