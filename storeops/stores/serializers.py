from rest_framework import serializers

from storeops.api.fields import BooleanField, IdField, LowerEmailField, PhoneField
from storeops.stores.models import CODE_VALIDATOR, Store, StoreType


class StoreCodeField(serializers.CharField):
    def to_internal_value(self, data):  # type: ignore[no-untyped-def]
        return super().to_internal_value(data).strip().upper()


class StoreWriteInput(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    code = StoreCodeField(max_length=20, validators=[CODE_VALIDATOR])
    address = serializers.CharField(max_length=255, required=False, allow_blank=True)
    phone = PhoneField()
    email = LowerEmailField(max_length=254, required=False, allow_null=True, allow_blank=True)
    latitude = serializers.DecimalField(
        max_digits=9, decimal_places=6, min_value=-90, max_value=90, required=False, allow_null=True
    )
    longitude = serializers.DecimalField(
        max_digits=9, decimal_places=6, min_value=-180, max_value=180, required=False, allow_null=True
    )
    timezone = serializers.CharField(max_length=64, required=False)
    store_type = serializers.ChoiceField(choices=StoreType.choices, required=False)
    branch_head = IdField(required=False, allow_null=True)
    is_active = BooleanField(required=False)

    def validate_email(self, value):  # type: ignore[no-untyped-def]
        return value or None


class StoreOutput(serializers.ModelSerializer):
    class Meta:
        model = Store
        fields = [
            "id",
            "name",
            "code",
            "address",
            "phone",
            "email",
            "latitude",
            "longitude",
            "timezone",
            "store_type",
            "is_active",
        ]
        read_only_fields = fields


class StoreAdminOutput(StoreOutput):
    branch_head_name = serializers.SerializerMethodField()
    branch_head_email = serializers.SerializerMethodField()

    class Meta(StoreOutput.Meta):
        fields = [
            *StoreOutput.Meta.fields,
            "branch_head",
            "branch_head_name",
            "branch_head_email",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_branch_head_name(self, obj: Store) -> str | None:
        head = obj.branch_head
        return head.full_name if head is not None else None

    def get_branch_head_email(self, obj: Store) -> str | None:
        head = obj.branch_head
        return head.email if head is not None else None
