"""Aid programmes that are not insurance (金秋助学, 困难帮扶·送温暖, 劳模特殊困难补助).

``programmes.ProgrammeService`` opens a programme round and keeps the amount standards and the 劳模 roll;
``applications.AidApplicationService`` takes applications through 审核 → 核准 (no enrolment: eligibility
comes from a hardship file in the register or the 劳模 roll, see ``eligibility``); ``queries`` reads them.
"""
