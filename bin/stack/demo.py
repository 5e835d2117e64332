#!/usr/bin/env python3
"""Loads a fictional demo district into a running round-service, through its public API.

Usage: demo.py BASE_URL TOKEN

青禾区 is invented: its organs, townships, villages, cadres and leaders exist nowhere. The script
registers the district's organizations, opens a term with the whole district in scope, plans its
first round with two teams drawn from the talent pools, and plans the first inspections, so that
Swagger UI has something to show. It stops at the first refusal and prints the problem.
"""
import json
import sys
import urllib.error
import urllib.request

BASE, TOKEN = sys.argv[1].rstrip("/"), sys.argv[2]


def call(method, path, body=None):
    request = urllib.request.Request(BASE + path, method=method,
                                     data=None if body is None else json.dumps(body).encode("utf-8"),
                                     headers={"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as response:
            text = response.read().decode("utf-8")
            return json.loads(text) if text else None
    except urllib.error.HTTPError as refused:
        sys.exit(f"demo data: {method} {path} was refused: {refused.code} {refused.read().decode('utf-8')}")


def organization(name, kind, parent=None, leader=None, in_charge=None, **extra):
    body = {"name": name, "type": kind, "disciplineBody": "区纪委监委派驻第一纪检监察组"}
    if parent:
        body["parentId"] = parent
    if leader:
        body["principalLeader"] = {"userId": "demo-" + leader[1], "name": leader[0], "post": "党组书记" if kind == "ORGAN" else "党委书记"}
    if in_charge:
        body["leaderInCharge"] = {"userId": "demo-" + in_charge[1], "name": in_charge[0], "post": "副区长"}
    body.update(extra)
    return call("POST", "/organizations", body)["id"]


if call("GET", "/organizations?limit=1")["items"]:
    print("demo data: the registry already has organizations; nothing loaded")
    sys.exit(0)

district = organization("中共青禾区委员会", "COUNTY", leader=("林海川", "linhaichuan"))
organs = {}
for name, leader in [("区财政局党组", ("赵文博", "zhaowenbo")), ("区民政局党组", ("钱佳慧", "qianjiahui")),
                     ("区教育局党委", ("孙志远", "sunzhiyuan")), ("区市场监督管理局党组", ("李晓峰", "lixiaofeng")),
                     ("区住房和城乡建设局党组", ("周晓东", "zhouxiaodong")), ("区农业农村局党组", ("吴秀兰", "wuxiulan"))]:
    organs[name] = organization(name, "ORGAN", district, leader, ("郑国强", "zhengguoqiang"), cityDirected=False)
organization("青禾区城市建设投资集团有限公司党委", "STATE_ENTERPRISE", district, ("王立群", "wangliqun"), ("郑国强", "zhengguoqiang"))
organization("青禾区第一中学党委", "SCHOOL", district, ("冯雅琴", "fengyaqin"), ("陈思源", "chensiyuan"))

townships = {}
villages = []
for number, (township, kind, places) in enumerate([("禾丰镇党委", "TOWNSHIP", ["东岗村", "西岗村", "柳河村", "石桥村"]),
                               ("清溪镇党委", "TOWNSHIP", ["上清村", "下清村", "梨园村"]),
                               ("望湖街道党工委", "STREET", ["湖滨社区", "望月社区", "新华社区"]),
                               ("北关街道党工委", "STREET", ["北关社区", "文昌社区"])], start=1):
    township_id = organization(township, kind, district, ("褚建华", f"chujianhua{number}"), ("郑国强", "zhengguoqiang"))
    townships[township] = township_id
    for place_number, place in enumerate(places, start=1):
        village_kind = "COMMUNITY" if place.endswith("社区") else "VILLAGE"
        suffix = "党委" if village_kind == "COMMUNITY" else "党支部"
        villages.append(organization(place + suffix, village_kind, township_id,
                                     ("卫东升", f"weidongsheng{number}{place_number}")))

cadres = {}
for name, system, skills, pool, home in [
        ("韩志刚", "DISCIPLINE", ["纪检"], "LEADER", None), ("杨春梅", "ORGANIZATION", ["组织"], "LEADER", None),
        ("朱卫国", "AUDIT", ["审计", "财务"], "SPECIALIST", None), ("秦晓燕", "FINANCE", ["财务"], "SPECIALIST", None),
        ("尤建军", "DISCIPLINE", ["纪检"], "SPECIALIST", townships["禾丰镇党委"]),
        ("许丽娜", "INSPECTION_OFFICE", ["文字"], "SPECIALIST", None),
        ("何俊峰", "PUBLIC_SECURITY", ["法律"], "SPECIALIST", None), ("吕静怡", "ORGANIZATION", ["组织"], "SPECIALIST", None)]:
    body = {"name": name, "sourceSystem": system, "skills": skills, "rank": "正科级"}
    if home:
        body["homeLocalityId"] = home
    cadre = call("POST", "/cadres", body)["id"]
    call("POST", f"/pools/{pool}/members", {"cadreId": cadre})
    cadres[name] = cadre

term = call("POST", "/terms", {"name": "青禾区委第一届", "startsOn": "2024-01-01", "endsOn": "2028-12-31"})["id"]
call("POST", f"/coverage/{term}/scope", {"organizationIds": [district], "withSubtrees": True})
round_id = call("POST", "/rounds", {"termId": term, "number": 1, "kind": "REGULAR", "startsOn": "2026-03-01", "batch": 1})["id"]
for team_name, leader, members, targets in [
        ("第一巡察组", "韩志刚", ["朱卫国", "许丽娜"], [townships["禾丰镇党委"]]),
        ("第二巡察组", "杨春梅", ["秦晓燕", "吕静怡"], [organs["区财政局党组"], organs["区民政局党组"]])]:
    team = call("POST", "/teams", {"roundId": round_id, "name": team_name, "kind": "STANDING"})["id"]
    call("POST", f"/teams/{team}/members", {"cadreId": cadres[leader], "position": "LEADER"})
    for member in members:
        call("POST", f"/teams/{team}/members", {"cadreId": cadres[member], "position": "MEMBER"})
    for target in targets:
        call("POST", "/inspections", {"teamId": team, "organizationId": target})

print(f"demo data: 青禾区 loaded ({2 + len(organs) + len(townships) + len(villages) + 1} organizations, "
      f"{len(cadres)} cadres, term {term}, round 1 with two teams)")
