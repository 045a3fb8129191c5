"""Delivery of outbox rows. Placeholder until the delivery worker lands: rows stay pending."""


def schedule_delivery(ids: list[int]) -> None:
    return None
