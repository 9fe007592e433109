namespace PartnerCrm.Domain.Common;

/// <summary>The caller may see the record but not make this change to it: it belongs to someone else (answered 403).</summary>
public sealed class NotYoursException(string message) : Exception(message);
