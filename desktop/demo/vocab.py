"""Word pools for realistic Chinese names, employers, places and jobs."""

from __future__ import annotations

from random import Random
from desktop.demo.weighted import between, pick

SURNAMES = (
    "王王王李李李张张张刘刘陈陈杨杨赵赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董"
    "程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金"
    "陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
MALE_CHARS = "伟强磊军洋勇杰涛明超刚平辉健鹏志建国东海波斌宇浩凯鑫林峰亮成新春永福德庆文利"
FEMALE_CHARS = "芳娜敏静丽艳娟霞秀英华玲红梅琳燕萍雪婷倩颖洁晶慧莉凤兰桂淑月佳丹琴云"

STREETS = (
    "鼓楼街道", "果园街道", "檀营地区", "溪翁庄镇", "西田各庄镇", "十里堡镇", "河南寨镇", "巨各庄镇",
    "穆家峪镇", "太师屯镇", "高岭镇", "不老屯镇", "冯家峪镇", "古北口镇", "大城子镇", "东邵渠镇",
    "北庄镇", "新城子镇", "石城镇",
)
URBAN_ROADS = ("鼓楼东大街", "鼓楼南大街", "新南路", "西大桥路", "宾阳北路", "滨河路", "新中街",
               "果园西路", "长安街", "季庄路", "花园路", "檀营中街", "沿湖路", "云西路")
PARK_ROADS = ("经济开发区兴盛南路", "经济开发区水源西路", "经济开发区康宝路", "经济开发区云腾路")
VILLAGES = ("东", "西", "南", "北", "前", "后", "上", "下", "大", "小")
VILLAGE_TAILS = ("庄", "营", "峪", "屯", "各庄", "家庄", "甸子", "沟")

BRANDS = ("鑫源", "恒通", "顺达", "华宇", "金泰", "博远", "瑞丰", "宏图", "安顺", "密水", "云湖", "燕山",
          "京密", "潮白", "白河", "清水", "兴隆", "盛世", "汇通", "嘉禾", "永信", "佳和", "天润", "长青",
          "福源", "众诚", "联创", "中盛", "九鼎", "卓越", "利民", "康达", "祥瑞", "金港", "宝隆")
SECOND_WORDS = ("", "", "", "伟业", "昌盛", "通达", "兴旺", "宏达", "嘉业", "恒信", "鸿运")

# (legal-form suffix, industry label, typical jobs)
BUSINESSES = (
    ("物流有限公司", "交通运输、仓储和邮政业", ("货车司机", "仓库管理员", "分拣员", "装卸工")),
    ("快递服务有限公司", "交通运输、仓储和邮政业", ("快递员", "分拣员", "网点主管")),
    ("速递有限公司密云分公司", "交通运输、仓储和邮政业", ("快递员", "派件员")),
    ("餐饮管理有限公司", "住宿和餐饮业", ("厨师", "服务员", "帮厨", "收银员")),
    ("酒店管理有限公司", "住宿和餐饮业", ("前台接待", "客房服务员", "厨师")),
    ("建筑劳务有限公司", "建筑业", ("钢筋工", "木工", "瓦工", "架子工", "电焊工")),
    ("建筑工程有限公司", "建筑业", ("施工员", "钢筋工", "水电工")),
    ("装饰工程有限公司", "建筑业", ("油漆工", "木工", "水电工")),
    ("物业管理有限公司", "租赁和商务服务业", ("保安员", "保洁员", "维修工", "客服专员")),
    ("保安服务有限公司", "租赁和商务服务业", ("保安员", "巡逻队员")),
    ("家政服务有限公司", "居民服务、修理和其他服务业", ("家政服务员", "育婴员", "保洁员")),
    ("汽车维修有限公司", "居民服务、修理和其他服务业", ("汽车修理工", "钣金工", "前台接待")),
    ("商贸有限公司", "批发和零售业", ("销售员", "理货员", "收银员", "配送司机")),
    ("超市有限公司", "批发和零售业", ("收银员", "理货员", "生鲜加工员")),
    ("食品有限公司", "制造业", ("生产操作工", "质检员", "包装工")),
    ("机械制造有限公司", "制造业", ("车工", "焊工", "装配工", "质检员")),
    ("农业科技发展有限公司", "农、林、牧、渔业", ("种植工", "养殖工", "技术员")),
    ("旅游开发有限公司", "文化、体育和娱乐业", ("导游", "售票员", "景区保洁员")),
    ("教育咨询有限公司", "教育", ("培训教师", "课程顾问")),
    ("医药连锁有限公司", "批发和零售业", ("药师", "营业员")),
    ("人力资源服务有限公司", "租赁和商务服务业", ("派遣工", "招聘专员")),
)
MIYUN_SHARE = 0.35


def person_name(rng: Random, *, male: bool) -> str:
    chars = MALE_CHARS if male else FEMALE_CHARS
    given = pick(rng, chars) if rng.random() < 0.3 else pick(rng, chars) + pick(rng, chars)
    return pick(rng, SURNAMES) + given


def employer_name(rng: Random) -> tuple[str, int]:
    """A company name and the index of its business type in ``BUSINESSES``."""
    index = int(rng.random() * len(BUSINESSES))
    place = "北京市密云区" if rng.random() < MIYUN_SHARE else "北京"
    return place + pick(rng, BRANDS) + pick(rng, SECOND_WORDS) + BUSINESSES[index][0], index


def address(rng: Random, street: str) -> str:
    if street.endswith(("街道", "地区")):
        road = pick(rng, URBAN_ROADS + PARK_ROADS)
        return f"北京市密云区{road}{between(rng, 1, 399)}号"
    village = pick(rng, VILLAGES) + pick(rng, VILLAGE_TAILS)
    return f"北京市密云区{street}{village}村{between(rng, 1, 280)}号"


def home_address(rng: Random, street: str) -> str:
    if street.endswith(("街道", "地区")):
        return f"北京市密云区{pick(rng, URBAN_ROADS)}{between(rng, 1, 60)}号院{between(rng, 1, 20)}号楼"
    return address(rng, street)
