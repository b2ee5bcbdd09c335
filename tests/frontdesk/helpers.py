"""Building front-desk records for the tests."""

from __future__ import annotations

from datetime import date

from db.enums import ConsultCategory, ConsultChannel, ConsultOutcome
from desktop.frontdesk.consultations import ConsultationInput
from desktop.parties import EmployerInput, WorkerInput

TODAY = date(2026, 6, 15)
ID_NUMBER = "110228199001011232"


def consultation(**changes) -> ConsultationInput:
    values = dict(consulted_on=date(2026, 6, 12), channel=ConsultChannel.VISIT,
                  worker=WorkerInput("王芳", ID_NUMBER, phone="13800138000"), category=ConsultCategory.WAGES,
                  question="公司拖欠三个月工资怎么办", outcome=ConsultOutcome.ANSWERED,
                  answer="可向劳动监察投诉或申请调解", employer=EmployerInput("密云建工有限公司"),
                  lawyer_name="李律师")
    values.update(changes)
    return ConsultationInput(**values)


def application(**changes):
    from desktop.frontdesk.legal_aid_inputs import ApplicationInput

    values = dict(applied_on=date(2026, 6, 10), worker=WorkerInput("王芳", ID_NUMBER, phone="13800138000"),
                  category=ConsultCategory.WAGES, matter="追讨拖欠工资三个月", amount_claimed="18000",
                  workers_involved=1, employer=EmployerInput("密云建工有限公司"))
    values.update(changes)
    return ApplicationInput(**values)
