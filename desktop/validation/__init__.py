"""Validators for the identifiers officers type in: ID numbers, credit codes, phones.

Each ``parse_*`` function returns the normalised value or raises
``desktop.errors.ValidationError`` with a Chinese message naming the problem.
"""

from desktop.validation.credit_code import make_credit_code, parse_credit_code
from desktop.validation.idcard import (
    IdNumber,
    gender_mismatch,
    make_id_number,
    mask_id_number,
    parse_id_number,
)
from desktop.validation.phone import parse_landline, parse_mobile, parse_phone

__all__ = [
    "IdNumber",
    "gender_mismatch",
    "make_credit_code",
    "make_id_number",
    "mask_id_number",
    "parse_credit_code",
    "parse_id_number",
    "parse_landline",
    "parse_mobile",
    "parse_phone",
]
