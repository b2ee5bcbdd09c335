"""A hand-built year of front-desk work whose 2024 figures are counted by hand below.

Consultations (K6 and K7 fall in the neighbouring years):
  K1 2024-01-05 来访 工资   当场解答      K2 2024-01-20 来电 社保 转调解
  K3 2024-03-03 网络 工资   转法律援助    K4 2024-03-31 驿站 工伤 转仲裁·诉讼
  K5 2024-12-31 来访 解除   其他          K6 2023-12-31, K7 2025-01-01
Tickets (received; reply-by; first contact; state; 回访):
  T1 12351 2024-02-01 09:00; 02-02 23:59:59; exactly at the limit (on time); 已办结 满意; 工资
  T2 12345 2024-02-10 10:00; 12:00; 13:00 (late); 已办结 基本满意; 工资
  T3 12345 2024-05-06 09:00; 11:00; 10:59 (on time); 已办结 不满意; 社保
  T4 12351 2024-05-07 09:00; 05-08 23:59:59; never contacted (overdue); 待响应; 工伤
  T5 12351 2024-12-31 23:30; 2025-01-02 23:59:59; 2025-01-02 09:00 (on time); 已办理待回访; 工资
  T6 12345 2023-12-31 22:00 and T7 12351 2025-01-01 00:00: other years
"""

from __future__ import annotations

from datetime import date, datetime

from db.enums import ConsultCategory, ConsultChannel, ConsultOutcome, Satisfaction, TicketChannel, TicketStatus
from db.models import Consultation, HotlineTicket, Worker

CONSULTATIONS = [
    ("K1", date(2024, 1, 5), ConsultChannel.VISIT, ConsultCategory.WAGES, ConsultOutcome.ANSWERED),
    ("K2", date(2024, 1, 20), ConsultChannel.PHONE, ConsultCategory.SOCIAL_INSURANCE, ConsultOutcome.TO_MEDIATION),
    ("K3", date(2024, 3, 3), ConsultChannel.ONLINE, ConsultCategory.WAGES, ConsultOutcome.TO_LEGAL_AID),
    ("K4", date(2024, 3, 31), ConsultChannel.STATION, ConsultCategory.INJURY, ConsultOutcome.TO_LITIGATION),
    ("K5", date(2024, 12, 31), ConsultChannel.VISIT, ConsultCategory.DISMISSAL, ConsultOutcome.OTHER),
    ("K6", date(2023, 12, 31), ConsultChannel.VISIT, ConsultCategory.WAGES, ConsultOutcome.ANSWERED),
    ("K7", date(2025, 1, 1), ConsultChannel.PHONE, ConsultCategory.CONTRACT, ConsultOutcome.ANSWERED),
]
P51, P45 = TicketChannel.HOTLINE_12351, TicketChannel.HOTLINE_12345
TICKETS = [
    ("T1", P51, datetime(2024, 2, 1, 9), datetime(2024, 2, 2, 23, 59, 59), datetime(2024, 2, 2, 23, 59, 59),
     TicketStatus.CLOSED, Satisfaction.SATISFIED, ConsultCategory.WAGES),
    ("T2", P45, datetime(2024, 2, 10, 10), datetime(2024, 2, 10, 12), datetime(2024, 2, 10, 13),
     TicketStatus.CLOSED, Satisfaction.BASIC, ConsultCategory.WAGES),
    ("T3", P45, datetime(2024, 5, 6, 9), datetime(2024, 5, 6, 11), datetime(2024, 5, 6, 10, 59),
     TicketStatus.CLOSED, Satisfaction.UNSATISFIED, ConsultCategory.SOCIAL_INSURANCE),
    ("T4", P51, datetime(2024, 5, 7, 9), datetime(2024, 5, 8, 23, 59, 59), None,
     TicketStatus.RECEIVED, None, ConsultCategory.INJURY),
    ("T5", P51, datetime(2024, 12, 31, 23, 30), datetime(2025, 1, 2, 23, 59, 59), datetime(2025, 1, 2, 9),
     TicketStatus.FINISHED, None, ConsultCategory.WAGES),
    ("T6", P45, datetime(2023, 12, 31, 22), datetime(2024, 1, 2, 10), datetime(2024, 1, 2, 9),
     TicketStatus.CLOSED, Satisfaction.SATISFIED, ConsultCategory.WAGES),
    ("T7", P51, datetime(2025, 1, 1), datetime(2025, 1, 2, 23, 59, 59), None,
     TicketStatus.RECEIVED, None, ConsultCategory.OTHER),
]


def _months(counts: dict[int, object], empty) -> dict:
    return {f"{m:02d}": counts.get(m, empty) for m in range(1, 13)}


def _t(received, on_time, closed, visited, satisfied, on_time_rate, closed_rate, satisfaction_rate) -> dict:
    return {"received": received, "responded_on_time": on_time, "on_time_response_rate": on_time_rate,
            "closed": closed, "closed_rate": closed_rate, "visited": visited, "satisfied": satisfied,
            "satisfaction_rate": satisfaction_rate}


NO_TICKETS = _t(0, 0, 0, 0, 0, 0.0, 0.0, 0.0)
EXPECTED_CONSULTATIONS_2024 = {
    "total": 5,
    "by_month": _months({1: 2, 3: 2, 12: 1}, 0),
    "by_channel": {"来访": 2, "来电": 1, "网络": 1, "驿站": 1},
    "by_category": {"工资": 2, "社保": 1, "劳动合同": 0, "工伤": 1, "解除": 1, "其他": 0},
    "by_outcome": {"当场解答": 1, "转调解": 1, "转法律援助": 1, "转仲裁·诉讼": 1, "其他": 1},
}
EXPECTED_TICKETS_2024 = {
    **_t(5, 3, 3, 3, 2, 0.6, 0.6, 0.6667),
    "by_month": _months({2: _t(2, 1, 2, 2, 2, 0.5, 1.0, 1.0), 5: _t(2, 1, 1, 1, 0, 0.5, 0.5, 0.0),
                         12: _t(1, 1, 0, 0, 0, 1.0, 0.0, 0.0)}, NO_TICKETS),
    "by_category": {"工资": _t(3, 2, 2, 2, 2, 0.6667, 0.6667, 1.0), "社保": _t(1, 1, 1, 1, 0, 1.0, 1.0, 0.0),
                    "劳动合同": NO_TICKETS, "工伤": _t(1, 0, 0, 0, 0, 0.0, 0.0, 0.0), "解除": NO_TICKETS,
                    "其他": NO_TICKETS},
    "by_platform": {"12351职工热线": _t(3, 2, 1, 1, 1, 0.6667, 0.3333, 1.0),
                    "12345接诉即办": _t(2, 1, 2, 2, 1, 0.5, 1.0, 0.5)},
}


def build(database) -> None:
    with database.write(None) as session:
        worker = Worker(name="孙丽")
        session.add(worker)
        session.flush()
        for name, day, channel, category, outcome in CONSULTATIONS:
            session.add(Consultation(number=f"测咨〔{day.year}〕{name}号", consulted_on=day, channel=channel,
                                     worker_id=worker.id, category=category, question=f"{name} 的问题",
                                     outcome=outcome, lawyer_name="李律师"))
        for name, channel, received, reply_by, responded, status, satisfaction, category in TICKETS:
            session.add(HotlineTicket(
                platform_number=f"测-{name}", channel=channel, received_at=received, reply_by=reply_by,
                finish_by=reply_by.replace(year=reply_by.year + 1), category=category, content=f"{name} 的诉求",
                status=status, responded_at=responded, satisfaction=satisfaction,
                closed_at=responded if status is TicketStatus.CLOSED else None))
