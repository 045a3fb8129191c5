import factory

from storeops.notifications.models import Notification


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    event = "account.verify_email"
    channel = Notification.Channel.EMAIL
    recipient = factory.Sequence(lambda n: f"person{n}@example.com")
    audience = Notification.Audience.CUSTOMER
    subject = "Hello"
    body = "Body text\n"
