using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Infrastructure.Persistence;

/// <summary>Stores an enum as the word the API uses, e.g. <c>WageSubsidy</c> as <c>wageSubsidy</c> (<see cref="EnumNaming"/>).</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => EnumNaming.NameOf(value),
    text => EnumNaming.ValueOf<TEnum>(text)!.Value)
    where TEnum : struct, Enum;
