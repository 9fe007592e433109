namespace PartnerCrm.Domain.Common;

/// <summary>Something that happens once has already happened (answered 409).</summary>
public sealed class AlreadyDoneException(string message) : Exception(message);
