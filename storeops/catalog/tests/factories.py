import factory

from storeops.catalog.models import (
    Brand,
    Category,
    Department,
    PriceLog,
    Product,
    Quality,
    Spare,
    Subcategory,
    Unit,
    Variant,
)


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department

    name = factory.Sequence(lambda n: f"Department {n}")
    slug = factory.Sequence(lambda n: f"department-{n}")


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    department = factory.SubFactory(DepartmentFactory)
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")


class SubcategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subcategory

    category = factory.SubFactory(CategoryFactory)
    name = factory.Sequence(lambda n: f"Subcategory {n}")
    slug = factory.Sequence(lambda n: f"subcategory-{n}")


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    name = factory.Sequence(lambda n: f"Unit {n}")
    slug = factory.Sequence(lambda n: f"unit-{n}")


class QualityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quality

    name = factory.Sequence(lambda n: f"Quality {n}")
    slug = factory.Sequence(lambda n: f"quality-{n}")


class BrandFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Brand

    name = factory.Sequence(lambda n: f"Brand {n}")
    slug = factory.Sequence(lambda n: f"brand-{n}")


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    name = factory.Sequence(lambda n: f"Product {n}")
    slug = factory.Sequence(lambda n: f"product-{n}")
    brand = factory.SubFactory(BrandFactory)
    subcategory = factory.SubFactory(SubcategoryFactory)
    unit = factory.SubFactory(UnitFactory)
    price = "10.00"


class VariantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Variant

    product = factory.SubFactory(ProductFactory)
    name = factory.Sequence(lambda n: f"Variant {n}")
    slug = factory.Sequence(lambda n: f"variant-{n}")
    price = "10.00"
    attributes = factory.LazyFunction(dict)


class SpareFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Spare

    name = factory.Sequence(lambda n: f"Spare {n}")
    sku = factory.Sequence(lambda n: f"SP-{n:04d}")
    brand = factory.SubFactory(BrandFactory)
    quality = factory.SubFactory(QualityFactory)
    price = "100.00"


class PriceLogFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PriceLog

    product = factory.SubFactory(ProductFactory)
    old_price = "10.00"
    new_price = "12.00"
