"""Money: an amount in an ISO 4217 currency ("2 million euros for the twinning programme")."""

from __future__ import annotations

import decimal
from functools import cache
from typing import Any

import attrs
from attrs import field, frozen

from citydiplo._model._checks import InvalidModelError, typed

__all__ = ["Money", "currency_codes", "money_amount"]


@cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 alphabetic codes known to pycountry (imported on first use)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def money_amount(value: decimal.Decimal | int | str) -> decimal.Decimal:
    """An exact decimal from a Decimal, an int or decimal text; floats are refused (they
    cannot say 0.1 exactly)."""
    if isinstance(value, decimal.Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return decimal.Decimal(value)
    if isinstance(value, str):
        try:
            return decimal.Decimal(value.strip())
        except decimal.InvalidOperation:
            pass
    raise InvalidModelError(
        f"Money.amount: {value!r} is not an amount (expected an int or decimal text such "
        "as '2000000' or '12.50')",
        field="amount",
    )


def _check_amount(instance: Money, attribute: attrs.Attribute[Any], value: decimal.Decimal) -> None:
    if not value.is_finite() or value < 0:
        raise InvalidModelError(
            f"Money.amount: {value!r} is not a finite amount >= 0", field="amount"
        )


def _check_currency(instance: Money, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or value not in currency_codes():
        raise InvalidModelError(
            f"Money.currency: {value!r} is not an ISO 4217 currency code "
            "(expected e.g. 'EUR', 'KRW', 'VND')",
            field="currency",
        )


@frozen(kw_only=True, order=True, field_transformer=typed)
class Money:
    """An amount of money in an ISO 4217 currency, kept exact as a ``Decimal``.

    In files the amount is decimal text (``{"amount": "2000000", "currency": "EUR"}``).

    Args:
        amount: the amount, exact: an integer or decimal text (``"12.50"``), never a float.
        currency: the ISO 4217 code of the currency (``EUR``, ``KRW``).

    >>> Money(amount=2_000_000, currency="EUR")
    Money(amount=Decimal('2000000'), currency='EUR')
    >>> str(Money(amount="12.50", currency="USD"))
    '12.50 USD'
    """

    amount: decimal.Decimal = field(converter=money_amount, validator=_check_amount)
    currency: str = field(validator=_check_currency)

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"
