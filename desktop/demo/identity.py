"""Made-up but valid identity numbers: 身份证号, 统一社会信用代码, phones, 京卡 card numbers.

Private to the demo generator (the validators live elsewhere); each check
character is computed per its standard (see shared/FORMATS.md).
"""

from __future__ import annotations

from datetime import date, timedelta
from operator import mul
from random import Random
from desktop.demo.weighted import between, pick

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CREDIT_VALUE = {ch: i for i, ch in enumerate(CREDIT_ALPHABET)}

# County codes: Beijing (mostly 密云) and the provinces Miyun's workers come from.
BEIJING_AREAS = ("110118", "110118", "110118", "110228", "110105", "110108", "110114", "110116", "110117")
OTHER_AREAS = (
    "130821", "130824", "130826", "130828", "131082", "130682", "130429",  # 河北
    "150404", "152502",  # 内蒙古
    "410526", "411521", "412726",  # 河南
    "370883", "371525",  # 山东
    "230623", "220721", "210381",  # 东北
    "342221", "511321", "140321", "612522",  # 安徽 四川 山西 陕西
)
MOBILE_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152",
                   "155", "156", "158", "159", "176", "177", "180", "185", "186", "187", "188", "189", "199")
CARD_BIN = "621468"
BIRTH_START = date(1960, 1, 1)
BIRTH_SPAN = (date(2004, 12, 31) - BIRTH_START).days


def id_check_char(first17: str) -> str:
    return ID_CHECK[sum(map(mul, map(int, first17), ID_WEIGHTS)) % 11]


def credit_check_char(first17: str) -> str:
    total = sum(map(mul, map(CREDIT_VALUE.__getitem__, first17), CREDIT_WEIGHTS))
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


def id_number(rng: Random, *, male: bool, local_share: float = 0.7) -> tuple[str, date]:
    """An 18-digit ID number whose 17th digit's parity matches ``male``; and the birth date."""
    areas = BEIJING_AREAS if rng.random() < local_share else OTHER_AREAS
    born = BIRTH_START + timedelta(days=between(rng, 0, BIRTH_SPAN))
    seq = between(rng, 0, 499) * 2 + (1 if male else 0)
    first17 = f"{pick(rng, areas)}{born.year}{born.month:02d}{born.day:02d}{seq:03d}"
    return first17 + id_check_char(first17), born


def credit_code(rng: Random, area: str = "110118") -> str:
    """A company's unified social credit code (registered with market regulation, 91)."""
    org = "".join(pick(rng, CREDIT_ALPHABET) for _ in range(9))
    first17 = f"91{area}{org}"
    return first17 + credit_check_char(first17)


def mobile(rng: Random) -> str:
    return pick(rng, MOBILE_PREFIXES) + f"{int(rng.random() * 10**8):08d}"


def landline(rng: Random) -> str:
    return f"010-6{int(rng.random() * 10**7):07d}"


def member_card(rng: Random) -> str:
    """A 19-digit 京卡-style card number with a Luhn check digit."""
    body = CARD_BIN + f"{int(rng.random() * 10**12):012d}"
    return body + _luhn_digit(body)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)
