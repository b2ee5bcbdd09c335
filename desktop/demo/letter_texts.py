"""Wording for 一函两书: problems found, their legal basis, requests and replies."""

from __future__ import annotations

from db.enums import IssueCategory as I

INSPECTORATE = "密云区人力资源和社会保障局劳动保障监察大队"
PROCURATORATE = "北京市密云区人民检察院"
CHECK_METHODS = ("现场检查", "调阅劳动合同和工资台账", "约谈用人单位负责人", "职工来访反映后核实", "联合人社部门专项检查")

# category -> (problem, legal basis, rectification request)
PROBLEMS = {
    I.CONTRACTS: ("部分职工入职超过一个月未订立书面劳动合同", "《劳动合同法》第十条、第八十二条",
                  "与相关职工补签书面劳动合同，并依法支付二倍工资差额"),
    I.PAY: ("拖欠职工工资，未按约定日期足额支付劳动报酬", "《劳动法》第五十条、《保障农民工工资支付条例》第十五条",
            "足额补发拖欠的工资"),
    I.SOCIAL_INSURANCE: ("未依法为部分职工缴纳社会保险费", "《社会保险法》第五十八条、第六十条",
                         "为职工办理社会保险登记并补缴欠缴的社会保险费"),
    I.SAFETY: ("未为快递员等一线职工参加工伤保险，未组织职业健康检查", "《工伤保险条例》第二条、《职业病防治法》第三十五条",
               "为全部职工参加工伤保险，组织接触职业病危害因素的职工进行职业健康检查"),
    I.HOURS_LEAVE: ("安排职工延长工作时间超过法定上限且未支付加班工资", "《劳动法》第四十一条、第四十四条",
                    "合理安排工作时间，依法支付加班工资"),
    I.INTERNAL_RULES: ("规章制度未经职工代表大会或者全体职工讨论即公示施行", "《劳动合同法》第四条",
                       "履行民主程序后重新公示规章制度"),
    I.COLLECTIVE_BARGAINING: ("未按规定开展工资集体协商", "《工会法》第二十一条、《劳动合同法》第五十一条",
                              "与工会开展工资集体协商并签订集体合同"),
    I.WORKERS_CONGRESS: ("未建立职工代表大会制度，重大事项未经职工讨论", "《工会法》第六条",
                         "建立职工代表大会制度，依法保障职工民主管理权利"),
    I.SPECIAL_PROTECTION: ("安排怀孕七个月以上的女职工延长劳动时间和夜班劳动", "《女职工劳动保护特别规定》第六条",
                           "立即调整孕期女职工的工作时间和岗位"),
    I.DISPATCH: ("使用的被派遣劳动者数量超过用工总量的百分之十", "《劳务派遣暂行规定》第四条",
                 "制定调整用工方案，降低劳务派遣用工比例"),
    I.UNLAWFUL_TERMINATION: ("单方解除劳动合同未事先将理由通知工会", "《劳动合同法》第四十三条",
                             "依法纠正违法解除行为，与职工协商处理"),
    I.OTHER: ("招用职工时扣押居民身份证并收取押金", "《劳动合同法》第九条、第八十四条", "退还扣押的证件和收取的押金"),
}
CATEGORY_WEIGHTS = {I.CONTRACTS: 6, I.PAY: 6, I.SOCIAL_INSURANCE: 6, I.SAFETY: 3, I.HOURS_LEAVE: 4,
                    I.INTERNAL_RULES: 2, I.COLLECTIVE_BARGAINING: 2, I.WORKERS_CONGRESS: 1,
                    I.SPECIAL_PROTECTION: 1, I.DISPATCH: 1, I.UNLAWFUL_TERMINATION: 2, I.OTHER: 1}
REPLY_FULL = "用人单位书面回复已全部整改，并提交了补签的劳动合同、工资发放凭证和社保缴费记录"
REPLY_PARTIAL = "用人单位书面回复已整改部分问题，其余问题称因资金困难需延期整改"
REPLY_REFUSED = "用人单位书面回复称不存在所列问题，拒不整改"
DEPARTMENT_REFUSAL = "经核查，相关事项已由用人单位自行整改完毕，不予立案，已书面说明理由"
DEPARTMENT_RESULT = "监察大队立案调查后责令用人单位限期整改，用人单位已补发工资并补缴社会保险费"
