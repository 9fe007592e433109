using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerCrm.Domain.Companies;

namespace PartnerCrm.Infrastructure.Persistence.Configurations;

public sealed class CompanyConfiguration : EntityConfiguration<Company>
{
    /// <summary>Names sort the Danish way (æ, ø, å last) and case-insensitively at the first level.</summary>
    public const string DanishCollation = "da-DK-x-icu";

    /// <summary>
    /// The shadow column holding what the register's extract said at the last import (jsonb): the import compares a
    /// field with it to tell a value the register wrote from one a consultant typed since.
    /// </summary>
    public const string RegisterRecord = "RegisterRecord";

    protected override void ConfigureEntity(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("companies");

        // "C" collation: byte order, so a btree index answers CVR prefix searches (LIKE '1234%').
        builder.Property(c => c.Cvr)
            .HasConversion(cvr => cvr.Value, text => Cvr.Parse(text))
            .HasMaxLength(8)
            .UseCollation("C");
        builder.HasIndex(c => c.Cvr).IsUnique().HasDatabaseName(UniqueIndexes.CompanyCvr);

        builder.Property(c => c.Name).HasMaxLength(200).UseCollation(DanishCollation);
        builder.HasIndex(c => new { c.Name, c.Id }).HasDatabaseName("ix_companies_name_id");

        builder.Property(c => c.IndustryCode)
            .HasConversion(code => code!.Value, text => IndustryCode.Parse(text))
            .HasMaxLength(6);
        builder.HasIndex(c => c.IndustryCode);

        builder.Property(c => c.Website).HasConversion(uri => uri!.ToString(), text => new Uri(text)).HasMaxLength(500);

        builder.OwnsOne(c => c.Address, ConfigureAddress);
        builder.Navigation(c => c.Address).IsRequired(false);

        builder.Property<string?>(RegisterRecord).HasColumnType("jsonb");
    }

    /// <summary>An address as companies and workplaces store it.</summary>
    public static void ConfigureAddress<TOwner>(OwnedNavigationBuilder<TOwner, Address> address) where TOwner : class
    {
        address.Property(a => a.Street).HasMaxLength(200);
        address.Property(a => a.PostalCode)
            .HasConversion(code => code.Value, text => PostalCode.Parse(text))
            .HasMaxLength(4);
        address.Property(a => a.City).HasMaxLength(100);
    }
}
