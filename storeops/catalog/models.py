"""What the chain sells and repairs with: taxonomy, products and variants, brands, units, qualities, spares."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone


class CatalogModel(models.Model):
    """Abstract base: creation and modification times under the catalog's field names."""

    date_created = models.DateTimeField(auto_now_add=True)
    date_modified = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return str(getattr(self, "name", self.pk))


def _slug_field() -> models.SlugField:
    # Uniqueness comes from a named constraint, which also provides the index.
    return models.SlugField(max_length=100, db_index=False)


def _unique_slug(label: str) -> models.UniqueConstraint:
    return models.UniqueConstraint(fields=["slug"], name=f"catalog_{label}_slug_unique")


def _price_check(label: str) -> models.CheckConstraint:
    return models.CheckConstraint(condition=Q(price__gte=0), name=f"catalog_{label}_price_gte_0")


class Department(CatalogModel):
    """Top of the taxonomy (Phones, Accessories, Spares …)."""

    name = models.CharField(max_length=100)
    slug = _slug_field()

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            _unique_slug("department"),
            models.UniqueConstraint(
                Lower("name"),
                name="catalog_department_name_ci_unique",
                violation_error_message="A department with this name already exists.",
            ),
        ]
        indexes = [
            models.Index(fields=["name", "id"], name="catalog_dept_name_idx"),
            models.Index(fields=["date_created", "id"], name="catalog_dept_created_idx"),
        ]


class Category(CatalogModel):
    """Second level of the taxonomy, inside a department."""

    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, related_name="categories", db_index=False
    )
    name = models.CharField(max_length=100)
    slug = _slug_field()

    class Meta:
        ordering = ["name", "id"]
        verbose_name_plural = "categories"
        constraints = [
            _unique_slug("category"),
            models.UniqueConstraint(
                "department",
                Lower("name"),
                name="catalog_category_name_ci_unique",
                violation_error_message="A category with this name already exists in this department.",
            ),
        ]
        indexes = [
            models.Index(fields=["name", "id"], name="catalog_cat_name_idx"),
            models.Index(fields=["date_created", "id"], name="catalog_cat_created_idx"),
        ]


class Subcategory(CatalogModel):
    """Third level of the taxonomy; products hang here."""

    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="subcategories", db_index=False
    )
    name = models.CharField(max_length=100)
    slug = _slug_field()

    class Meta:
        ordering = ["name", "id"]
        verbose_name_plural = "subcategories"
        constraints = [
            _unique_slug("subcategory"),
            models.UniqueConstraint(
                "category",
                Lower("name"),
                name="catalog_subcategory_name_ci_unique",
                violation_error_message="A subcategory with this name already exists in this category.",
            ),
        ]
        indexes = [
            models.Index(fields=["name", "id"], name="catalog_subcat_name_idx"),
            models.Index(fields=["date_created", "id"], name="catalog_subcat_created_idx"),
        ]


class Unit(CatalogModel):
    """Unit of sale or stock (piece, pair, metre …)."""

    name = models.CharField(max_length=100)
    slug = _slug_field()

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            _unique_slug("unit"),
            models.UniqueConstraint(
                Lower("name"),
                name="catalog_unit_name_ci_unique",
                violation_error_message="A unit with this name already exists.",
            ),
        ]
        indexes = [models.Index(fields=["name", "id"], name="catalog_unit_name_idx")]


class Quality(CatalogModel):
    """Grade of a spare part (original, premium, compatible …)."""

    name = models.CharField(max_length=100)
    slug = _slug_field()

    class Meta:
        ordering = ["name", "id"]
        verbose_name_plural = "qualities"
        constraints = [
            _unique_slug("quality"),
            models.UniqueConstraint(
                Lower("name"),
                name="catalog_quality_name_ci_unique",
                violation_error_message="A quality with this name already exists.",
            ),
        ]
        indexes = [models.Index(fields=["name", "id"], name="catalog_quality_name_idx")]


def brand_logo_path(instance: "Brand", filename: str) -> str:
    # Services pass a random `<hex>.<ext>` name; the uploader's file name is never used.
    return f"brands/{filename}"


class Brand(CatalogModel):
    """Maker of products and parts; the marketing site shows the active ones with their logos."""

    name = models.CharField(max_length=100)
    slug = _slug_field()
    logo = models.ImageField(upload_to=brand_logo_path, max_length=255, null=True, blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            _unique_slug("brand"),
            models.UniqueConstraint(
                Lower("name"),
                name="catalog_brand_name_ci_unique",
                violation_error_message="A brand with this name already exists.",
            ),
        ]
        indexes = [
            models.Index(fields=["is_active", "name", "id"], name="catalog_brand_active_name_idx"),
            models.Index(fields=["name", "id"], name="catalog_brand_name_idx"),
            models.Index(fields=["date_created", "id"], name="catalog_brand_created_idx"),
        ]


class Product(CatalogModel):
    """A sellable model (e.g. a phone); its variants carry the concrete storage/colour combinations."""

    name = models.CharField(max_length=255)
    slug = _slug_field()
    brand = models.ForeignKey(Brand, on_delete=models.PROTECT, related_name="products", db_index=False)
    subcategory = models.ForeignKey(
        Subcategory, on_delete=models.PROTECT, related_name="products", db_index=False
    )
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="products", null=True, blank=True)
    sku = models.CharField(max_length=64, null=True, blank=True)
    description = models.TextField(max_length=5000, blank=True, default="")
    price = models.DecimalField(max_digits=10, decimal_places=2)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            _unique_slug("product"),
            models.UniqueConstraint(
                Lower("sku"),
                condition=Q(sku__isnull=False),
                name="catalog_product_sku_ci_unique",
                violation_error_message="A product with this SKU already exists.",
            ),
            _price_check("product"),
        ]
        indexes = [
            models.Index(fields=["subcategory", "price"], name="catalog_prod_subcat_price_idx"),
            models.Index(fields=["brand", "price"], name="catalog_prod_brand_price_idx"),
            models.Index(fields=["is_active", "name", "id"], name="catalog_prod_active_name_idx"),
            models.Index(fields=["name", "id"], name="catalog_prod_name_idx"),
            models.Index(fields=["price", "id"], name="catalog_prod_price_idx"),
            models.Index(fields=["date_created", "id"], name="catalog_prod_created_idx"),
            models.Index(fields=["date_modified", "id"], name="catalog_prod_modified_idx"),
        ]


class Variant(CatalogModel):
    """A concrete sellable item of a product (e.g. 128GB Black); stock is kept per variant."""

    # Deleting a product deletes its variants (the service checks their references first).
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="variants", db_index=False)
    name = models.CharField(max_length=255)
    slug = _slug_field()
    sku = models.CharField(max_length=64, null=True, blank=True)
    price = models.DecimalField(max_digits=10, decimal_places=2)
    attributes = models.JSONField(default=dict, blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            _unique_slug("variant"),
            models.UniqueConstraint(
                "product",
                Lower("name"),
                name="catalog_variant_name_ci_unique",
                violation_error_message="A variant with this name already exists for this product.",
            ),
            models.UniqueConstraint(
                Lower("sku"),
                condition=Q(sku__isnull=False),
                name="catalog_variant_sku_ci_unique",
                violation_error_message="A variant with this SKU already exists.",
            ),
            _price_check("variant"),
        ]
        indexes = [
            models.Index(fields=["product", "name", "id"], name="catalog_var_product_name_idx"),
            models.Index(fields=["is_active", "name", "id"], name="catalog_var_active_name_idx"),
            models.Index(fields=["name", "id"], name="catalog_var_name_idx"),
            models.Index(fields=["price", "id"], name="catalog_var_price_idx"),
            models.Index(fields=["date_created", "id"], name="catalog_var_created_idx"),
        ]


class Spare(CatalogModel):
    """A repair part (screen, battery …), kept apart from sellable variants."""

    name = models.CharField(max_length=255)
    sku = models.CharField(max_length=64)
    brand = models.ForeignKey(Brand, on_delete=models.PROTECT, related_name="spares", null=True, blank=True)
    quality = models.ForeignKey(
        Quality, on_delete=models.PROTECT, related_name="spares", null=True, blank=True
    )
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="spares", null=True, blank=True)
    compatible_products = models.ManyToManyField(Product, related_name="compatible_spares", blank=True)
    compatible_variants = models.ManyToManyField(Variant, related_name="compatible_spares", blank=True)
    price = models.DecimalField(max_digits=10, decimal_places=2)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(
                Lower("sku"),
                name="catalog_spare_sku_ci_unique",
                violation_error_message="A spare with this SKU already exists.",
            ),
            _price_check("spare"),
        ]
        indexes = [
            models.Index(fields=["is_active", "name", "id"], name="catalog_spare_active_name_idx"),
            models.Index(fields=["name", "id"], name="catalog_spare_name_idx"),
            models.Index(fields=["sku", "id"], name="catalog_spare_sku_idx"),
            models.Index(fields=["price", "id"], name="catalog_spare_price_idx"),
            models.Index(fields=["date_created", "id"], name="catalog_spare_created_idx"),
        ]


class PriceLog(models.Model):
    """One change of the stored price of a product or a variant, written by the catalog services."""

    changed_at = models.DateTimeField(default=timezone.now)
    product = models.ForeignKey(Product, on_delete=models.PROTECT, related_name="price_logs", db_index=False)
    variant = models.ForeignKey(
        Variant, on_delete=models.PROTECT, related_name="price_logs", null=True, blank=True, db_index=False
    )
    old_price = models.DecimalField(max_digits=10, decimal_places=2)
    new_price = models.DecimalField(max_digits=10, decimal_places=2)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reason = models.CharField(max_length=255, blank=True, default="")

    class Meta:
        ordering = ["-changed_at", "-id"]
        indexes = [
            models.Index(fields=["product", "changed_at", "id"], name="catalog_pricelog_product_idx"),
            models.Index(fields=["variant", "changed_at", "id"], name="catalog_pricelog_variant_idx"),
            models.Index(fields=["changed_at", "id"], name="catalog_pricelog_time_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.old_price} → {self.new_price}"
