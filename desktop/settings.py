"""Organisation settings, declared once with types and defaults, stored in the database.

These are shared by every workstation (the centre's name, number patterns,
deadlines). A workstation's own preferences (window geometry) stay in the GUI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import Setting
from desktop.auth import Actor, Permission, require
from desktop.errors import ConflictError, ValidationError

SETTINGS_KEY = "organisation"

DEFAULT_PATTERNS = {
    "case": "{prefix}〔{year}〕{seq}号",
    "prompt_letter": "{prefix}〔{year}〕{seq}号",
    "opinion_letter": "{prefix}〔{year}〕{seq}号",
    "recommendation_letter": "{prefix}〔{year}〕{seq}号",
    "claim": "{prefix}{year}{seq:05d}",
    "batch": "{prefix}{year}-{seq:03d}",
    "archive": "{prefix}〔{year}〕{seq}号",
    "rejection": "{prefix}〔{year}〕{seq}号",
    "consultation": "{prefix}〔{year}〕{seq}号",
    "hardship": "{prefix}{year}-{seq:04d}",
    "legal_aid": "{prefix}〔{year}〕{seq}号",
    "aid": "{prefix}{year}-{seq:04d}",
}

DEFAULT_PREFIXES = {
    "case": "密工调",
    "prompt_letter": "密工法监提",
    "opinion_letter": "密工法监意",
    "recommendation_letter": "密工法监建",
    "claim": "HZ",
    "batch": "ZF",
    "archive": "密工调档",
    "rejection": "密工调不",
    "consultation": "密工咨",
    "hardship": "KN",
    "legal_aid": "密工援",
    "aid": "BF",
}


@dataclass(frozen=True)
class LetterDeadline:
    days: int
    unit: str  # "CALENDAR" | "WORKING"


DEFAULT_LETTER_DEADLINES = {
    "PROMPT": LetterDeadline(15, "CALENDAR"),
    "OPINION": LetterDeadline(15, "WORKING"),
    "RECOMMENDATION": LetterDeadline(5, "WORKING"),
}


TICKET_UNITS = {"HOURS": "小时", "WORKING": "工作日"}
DEFAULT_TICKET_DEADLINES = {  # per platform: respond (联系来电人) and finish (办结) limits
    "HOTLINE_12351": {"reply": 1, "reply_unit": "WORKING", "finish": 5, "finish_unit": "WORKING"},
    "HOTLINE_12345": {"reply": 2, "reply_unit": "HOURS", "finish": 7, "finish_unit": "WORKING"},
}


@dataclass(frozen=True)
class OrganisationSettings:
    union_name: str = "北京市密云区总工会"
    centre_name: str = "北京市密云区总工会劳动争议调解中心"
    address: str = "北京市密云区鼓楼东大街3号"
    phone: str = "010-69041234"
    postcode: str = "101500"
    contact_person: str = "张明"
    letterhead: str = "北京市密云区总工会"
    supervision_committee: str = "北京市密云区总工会劳动法律监督委员会"
    arbitration_name: str = "北京市密云区劳动人事争议仲裁委员会"
    arbitration_address: str = ""
    prefixes: dict = field(default_factory=lambda: dict(DEFAULT_PREFIXES))
    patterns: dict = field(default_factory=lambda: dict(DEFAULT_PATTERNS))
    letter_deadlines: dict = field(default_factory=lambda: {k: v.__dict__ for k, v in DEFAULT_LETTER_DEADLINES.items()})
    ticket_deadlines: dict = field(default_factory=lambda: {k: dict(v) for k, v in DEFAULT_TICKET_DEADLINES.items()})
    mediation_limit_days: int = 15
    warn_after_days: int = 10
    agreement_copies: int = 3
    follow_up_days: int = 30  # 回访 planned this many days after closing
    separation_of_duties: bool = True  # reviewer ≠ approver of a claim, batch maker ≠ batch approver

    def to_json(self) -> str:
        return json.dumps({f.name: getattr(self, f.name) for f in fields(self)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> OrganisationSettings:
        stored = json.loads(text)
        known = {f.name for f in fields(cls)}
        merged = cls()
        values = {k: v for k, v in stored.items() if k in known}
        for key in ("prefixes", "patterns", "letter_deadlines", "ticket_deadlines"):
            if key in values:
                values[key] = {**getattr(merged, key), **values[key]}
        return replace(merged, **values)

    def letter_deadline(self, kind: str) -> LetterDeadline:
        raw = self.letter_deadlines.get(kind) or DEFAULT_LETTER_DEADLINES[kind].__dict__
        return LetterDeadline(int(raw["days"]), raw["unit"])


def check(settings: OrganisationSettings) -> None:
    """Refuse settings that would break numbering or deadlines, naming the field."""
    if not settings.union_name.strip():
        raise ValidationError("不能为空", field="工会名称")
    if not settings.centre_name.strip():
        raise ValidationError("不能为空", field="调解中心名称")
    for kind, pattern in settings.patterns.items():
        _check_pattern(kind, pattern, settings.prefixes.get(kind, ""))
    if not 1 <= settings.follow_up_days <= 365:
        raise ValidationError("应在 1 到 365 天之间", field="回访间隔天数")
    if not 1 <= settings.mediation_limit_days <= 90:
        raise ValidationError("应在 1 到 90 天之间", field="调解期限")
    for kind, raw in settings.letter_deadlines.items():
        if int(raw["days"]) < 1 or raw["unit"] not in ("CALENDAR", "WORKING"):
            raise ValidationError("天数应为正数，单位为自然日或工作日", field=f"{kind} 整改期限")
    for channel, raw in settings.ticket_deadlines.items():
        for step, name in (("reply", "响应时限"), ("finish", "办结时限")):
            if int(raw[step]) < 1 or raw[f"{step}_unit"] not in TICKET_UNITS:
                raise ValidationError("应为正数，单位为小时或工作日", field=f"{_platform(channel)}{name}")


def _platform(channel: str) -> str:
    from db.enums import TicketChannel

    return TicketChannel.of(channel).label if channel in TicketChannel._value2member_map_ else channel


def _check_pattern(kind: str, pattern: str, prefix: str) -> None:
    if "{seq" not in pattern:
        raise ValidationError("必须包含序号 {seq}", field=f"编号格式（{kind}）")
    try:
        pattern.format(prefix=prefix, year=2024, seq=1)
    except (KeyError, ValueError, IndexError) as exc:
        raise ValidationError(f"格式无法识别：{exc}", field=f"编号格式（{kind}）") from exc


class SettingsService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def load(self) -> OrganisationSettings:
        with self._db.read() as session:
            return load(session)

    def save(self, actor: Actor, settings: OrganisationSettings) -> None:
        require(actor, Permission.SETTINGS)
        check(settings)
        with self._db.write(actor) as session:
            row = session.get(Setting, SETTINGS_KEY)
            if row is None:
                session.add(Setting(key=SETTINGS_KEY, value=settings.to_json()))
            else:
                row.value = settings.to_json()


    def version(self) -> int:
        """The stored settings' version (0 while none were saved): an editor loads it with the
        values it shows and hands it back to a version-checked save."""
        with self._db.read() as session:
            return session.scalar(select(Setting.version).where(Setting.key == SETTINGS_KEY)) or 0

    def save_ticket_deadlines(self, actor: Actor, limits: dict, version: int) -> None:
        """设置 → 工单时限: the limits per platform only, refused when someone saved the
        settings since ``version`` was loaded (the other settings stay as they are on file)."""
        require(actor, Permission.SETTINGS)
        clean = {channel: {"reply": int(raw["reply"]), "reply_unit": raw["reply_unit"],
                           "finish": int(raw["finish"]), "finish_unit": raw["finish_unit"]}
                 for channel, raw in limits.items()}
        check(replace(self.load(), ticket_deadlines=clean))
        with self._db.write(actor) as session:
            row = session.get(Setting, SETTINGS_KEY)
            if (row.version if row else 0) != version:
                raise ConflictError("保存被拒绝：在您编辑期间，其他人已修改并保存了设置。请重新打开设置，核对后再修改。")
            settings = replace(load(session), ticket_deadlines=clean)
            if row is None:
                session.add(Setting(key=SETTINGS_KEY, value=settings.to_json()))
            else:
                row.value = settings.to_json()


def load(session: Session) -> OrganisationSettings:
    text = session.scalar(select(Setting.value).where(Setting.key == SETTINGS_KEY))
    return OrganisationSettings.from_json(text) if text else OrganisationSettings()
