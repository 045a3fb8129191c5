from django.contrib.auth import get_user_model
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from storeops.accounts.models import USERNAME_VALIDATOR, User
from storeops.accounts.roles import Role
from storeops.api.fields import BooleanField, LowerEmailField, PhoneField
from storeops.core.ids import parse_id
from storeops.stores.models import Store

# ---------- inputs ----------


class LoginInput(serializers.Serializer):
    required_any_of = (("username",), ("email",))

    username = serializers.CharField(required=False, allow_blank=False, max_length=254, trim_whitespace=True)
    email = serializers.CharField(required=False, allow_blank=False, max_length=254, trim_whitespace=True)
    password = serializers.CharField(max_length=4096, trim_whitespace=False)

    def validate(self, attrs):  # type: ignore[no-untyped-def]
        identifier = attrs.get("username") or attrs.get("email")
        if not identifier:
            raise serializers.ValidationError({"username": ["This field is required."]})
        attrs["identifier"] = identifier
        return attrs


class UsernameField(serializers.CharField):
    def __init__(self, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("max_length", 150)
        kwargs.setdefault("validators", [USERNAME_VALIDATOR])
        super().__init__(**kwargs)


class RegisterInput(serializers.Serializer):
    username = UsernameField()
    email = LowerEmailField(max_length=254)
    password = serializers.CharField(max_length=4096, trim_whitespace=False, write_only=True)
    first_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")
    last_name = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")
    phone = PhoneField()


class ProfileUpdateInput(serializers.Serializer):
    first_name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    last_name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    email = LowerEmailField(max_length=254, required=False)
    phone = PhoneField()


class PasswordChangeInput(serializers.Serializer):
    current_password = serializers.CharField(max_length=4096, trim_whitespace=False)
    new_password = serializers.CharField(max_length=4096, trim_whitespace=False)


class RefreshInput(serializers.Serializer):
    refresh = serializers.CharField()


class TokenVerifyInput(serializers.Serializer):
    token = serializers.CharField()


class EmailVerifyInput(serializers.Serializer):
    token = serializers.CharField(max_length=1000)


class ActiveStoreField(serializers.PrimaryKeyRelatedField):
    default_error_messages = {
        "does_not_exist": "Choose an active store.",
        "incorrect_type": "Choose an active store.",
    }

    def __init__(self, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("queryset", Store.objects.filter(is_active=True))
        kwargs.setdefault("allow_null", True)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_internal_value(self, data):  # type: ignore[no-untyped-def]
        # Only ASCII digits within the id range are looked up; "٣" or 10**30 never reach the database.
        number = parse_id(data)
        if number is None:
            self.fail("does_not_exist", pk_value=data)
        return super().to_internal_value(number)


class UserWriteInput(serializers.Serializer):
    username = UsernameField()
    email = LowerEmailField(max_length=254)
    password = serializers.CharField(max_length=4096, trim_whitespace=False, write_only=True)
    first_name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    last_name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    phone = PhoneField()
    role = serializers.ChoiceField(choices=Role.choices, required=False)
    store = ActiveStoreField()
    is_active = BooleanField(required=False)
    email_verified = BooleanField(required=False)

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        creating = kwargs.pop("creating", False)
        super().__init__(*args, **kwargs)
        if not creating:
            self.fields["password"].required = False
        else:
            self.fields["role"].default = Role.CUSTOMER
            self.fields["is_active"].default = True


# ---------- outputs ----------


class UserBriefOutput(serializers.ModelSerializer):
    class Meta:
        model = get_user_model()
        fields = ["id", "username", "email", "first_name", "last_name", "phone", "role", "store"]
        read_only_fields = fields


class LoginOutput(serializers.Serializer):
    access = serializers.CharField()
    refresh = serializers.CharField()
    user = UserBriefOutput()
    username = serializers.CharField()
    role = serializers.ChoiceField(choices=Role.choices)
    store = serializers.IntegerField(allow_null=True)


class RegisterOutput(UserBriefOutput):
    class Meta(UserBriefOutput.Meta):
        fields = [*UserBriefOutput.Meta.fields, "email_verified"]
        read_only_fields = fields


class GeofenceOutput(serializers.Serializer):
    store = serializers.IntegerField()
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6)
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6)
    radius_m = serializers.IntegerField()


_PROFILE_FIELDS = [
    "id",
    "username",
    "email",
    "email_verified",
    "first_name",
    "last_name",
    "full_name",
    "phone",
    "role",
    "store",
    "store_name",
]


class _UserProfileOutput(serializers.ModelSerializer):
    full_name = serializers.CharField(read_only=True)
    store_name = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = _PROFILE_FIELDS
        read_only_fields = fields

    def get_store_name(self, obj: User) -> str | None:
        return obj.store.name if obj.store is not None else None


class MeOutput(_UserProfileOutput):
    geofence = serializers.SerializerMethodField()

    class Meta(_UserProfileOutput.Meta):
        fields = [*_PROFILE_FIELDS, "is_active", "date_joined", "last_login", "geofence"]
        read_only_fields = fields

    @extend_schema_field(GeofenceOutput(allow_null=True))
    def get_geofence(self, obj: User) -> dict | None:
        from storeops.stores.selectors import store_geofence

        fence = store_geofence(store_id=obj.store_id) if obj.store_id else None
        return GeofenceOutput(fence).data if fence else None


class UserOutput(_UserProfileOutput):
    headed_store = serializers.SerializerMethodField()

    class Meta(_UserProfileOutput.Meta):
        fields = [*_PROFILE_FIELDS, "headed_store", "is_active", "date_joined", "last_login"]
        read_only_fields = fields

    def get_headed_store(self, obj: User) -> int | None:
        try:
            return obj.headed_store.pk
        except Store.DoesNotExist:
            return None


class TokenPairOutput(serializers.Serializer):
    access = serializers.CharField()
    refresh = serializers.CharField()


class EmailVerifiedOutput(serializers.Serializer):
    email_verified = serializers.BooleanField()


class DetailOutput(serializers.Serializer):
    detail = serializers.CharField()
