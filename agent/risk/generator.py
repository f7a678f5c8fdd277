"""`fengtiao data generate`: a synthetic lending market with planted patterns and their ground truth.

Why synthetic: real multi-institution data cannot leave the institutions, yet the signals must be measured.
Patterns planted (recorded in `ground_truth.json`): fraud rings (3–12 applicants sharing a phone, address or
legal representative, applying in a burst), multi-lender borrowers (≥3 institutions within 30 days),
deteriorating enterprises (falling invoices, headcount and utilities, new lawsuits); and decoys that must not
fire: hub attributes (an agency phone, a business-centre address shared by dozens of unrelated firms), group
companies sharing a legal representative, near-miss multi-lending, seasonal dips and old lawsuits.
Loan outcomes: loans running at the start of the last quarter default during that quarter with a probability
that rises with deterioration, multi-lending, youth and thin capital (a logistic model, its own random stream),
so a per-institution scorecard has bad outcomes to learn from that earlier data could have foreseen
(agent/risk/outcomes.py).
"""
from __future__ import annotations

import csv
import json
import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from agent.identifiers import id_number_check_char
from agent.identifiers import CREDIT_CODE_CHARS, credit_code_check_char
from agent.risk.months import month_start
from agent.risk.outcomes import plant_defaults

DEFAULT_AS_OF = date(2026, 6, 30)
MONTHS = 24
_DISTRICTS = ["天河区", "越秀区", "海珠区", "白云区", "番禺区", "黄埔区", "南沙区", "花都区"]
_ROADS = ["中山大道", "黄埔大道", "广州大道", "环市东路", "工业大道", "科学大道", "新港西路", "迎宾路", "广园中路"]
_WORDS = ["宏达", "恒信", "立新", "华盛", "鑫源", "瑞丰", "金穗", "粤通", "天成", "嘉禾", "永利", "汇通", "信达",
          "盛世", "德润", "丰泽", "启明", "万顺", "佳和", "中联", "博远", "海纳", "荣昌", "新港", "广益"]
_INDUSTRIES = {"批发和零售业": "商贸", "制造业": "制造", "建筑业": "建设工程", "餐饮业": "餐饮管理",
               "交通运输业": "物流", "信息技术服务业": "科技"}
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
_SEASON = {1: 0.9, 2: 0.6, 3: 1.0, 4: 1.0, 5: 1.0, 6: 1.05, 7: 1.0, 8: 1.0, 9: 1.05, 10: 0.95, 11: 1.05, 12: 1.2}
_POWER_SEASON = {6: 1.25, 7: 1.35, 8: 1.35, 9: 1.15, 2: 0.7}


@dataclass
class _Firm:
    code: str
    name: str
    industry: str
    address: str
    phones: list[str]
    rep_id: str
    rep_name: str
    founded: date
    role: str = "healthy"
    apps: list[tuple[str, date, str, str]] = field(default_factory=list)  # tenant, date, phone, address
    fraud_app: bool = False




class _Gen:
    def __init__(self, seed: int, n: int, as_of: date, tenant_shares: dict[str, float] | None = None) -> None:
        self.rng, self.n, self.as_of = random.Random(seed), n, as_of
        self.shares = tenant_shares
        self.codes: set[str] = set()
        self.ids: set[str] = set()
        self.phones: set[str] = set()
        self.case_nos: set[str] = set()
        self.tenants = [(f"T{i:02d}", name) for i, name in enumerate(
            ["穗信小额贷款", "珠江融资担保", "南粤小额贷款", "羊城商业保理", "越秀普惠金融部", "花城典当行"], start=1)]
        known = {t for t, _ in self.tenants}
        if tenant_shares and (set(tenant_shares) - known or min(tenant_shares.values()) < 0
                              or sum(tenant_shares.values()) <= 0):
            raise ValueError(f"tenant shares must be non-negative, not all zero, for {', '.join(sorted(known))}")

    # -- identifiers ---------------------------------------------------------------------------------
    def credit_code(self) -> str:
        while True:
            body = "91" + self.rng.choice(["440101", "440103", "440104", "440105", "440106", "440111", "440112"])
            body += "".join(self.rng.choice(CREDIT_CODE_CHARS[:10] + CREDIT_CODE_CHARS[10:]) for _ in range(9))
            code = body + credit_code_check_char(body)
            if code not in self.codes:
                self.codes.add(code)
                return code

    def id_number(self) -> str:
        while True:
            born = date(1960, 1, 1) + timedelta(days=self.rng.randrange(0, 365 * 40))
            body = f"4401{self.rng.randrange(1, 18):02d}{born:%Y%m%d}{self.rng.randrange(0, 1000):03d}"
            n = body + id_number_check_char(body)
            if n not in self.ids:
                self.ids.add(n)
                return n

    def phone(self) -> str:
        while True:
            p = f"1{self.rng.choice('356789')}{self.rng.randrange(0, 10**9):09d}"
            if p not in self.phones:
                self.phones.add(p)
                return p

    def address(self) -> str:
        r = self.rng
        return f"广州市{r.choice(_DISTRICTS)}{r.choice(_ROADS)}{r.randrange(1, 999)}号{r.randrange(1, 30)}0{r.randrange(1, 9)}室"

    def person_name(self) -> str:
        return self.rng.choice(_SURNAMES) + "".join(self.rng.choice(_GIVEN) for _ in range(self.rng.choice((1, 2))))

    def firm(self, role: str = "healthy") -> _Firm:
        r = self.rng
        industry = r.choice(list(_INDUSTRIES))
        name = f"广州{r.choice(_WORDS)}{r.choice(_WORDS)}{_INDUSTRIES[industry]}有限公司"
        founded = self.as_of - timedelta(days=r.randrange(400, 365 * 15))
        return _Firm(self.credit_code(), name, industry, self.address(), [self.phone()], self.id_number(),
                     self.person_name(), founded, role)

    def case_no(self, year: int, court_kind: str, number: int) -> str:
        """A case number no other firm has: on a collision the number is bumped, with no extra random draw."""
        while (no := f"（{year}）粤0106{court_kind}{number}号") in self.case_nos:
            number += 1
        self.case_nos.add(no)
        return no

    def tenant(self) -> str:
        if self.shares:  # a concentrated market: one lender holds most of the book
            ids = [t for t, _ in self.tenants]
            return self.rng.choices(ids, weights=[self.shares.get(t, 0.0) for t in ids])[0]
        return self.rng.choice(self.tenants)[0]

    def day_in_last(self, days: int, min_days: int = 0) -> date:
        return self.as_of - timedelta(days=self.rng.randrange(min_days, days))


def _retyped_phone(r: random.Random, phone: str) -> str:
    """The same number as different clerks type it: +86 prefix, dashes, spaces."""
    return r.choice([phone, f"+86 {phone}", f"{phone[:3]}-{phone[3:7]}-{phone[7:]}", f"{phone[:3]} {phone[3:]}"])


def _retyped_address(r: random.Random, address: str) -> str:
    """Full-width digits, a leading 中国, stray spaces: normalisation must still match it."""
    full = address.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return r.choice([address, full, "中国" + address, address.replace("号", "号 ")])


def _plant(g: _Gen) -> tuple[list[_Firm], dict]:
    r, n = g.rng, g.n
    firms: list[_Firm] = []
    truth: dict = {"rings": [], "multi_lender": [], "multi_lender_decoys": [], "deteriorating": [],
                   "hubs": [], "group_decoys": [], "renewal_watch": []}
    n_rings, n_ml, n_det = max(2, n // 40), max(3, n // 15), max(3, n // 10)
    # Hub attributes: background firms share an agency phone or a business-centre address.
    hub_size = max(20, n // 10)
    hubs = [("phone", "020-8" + f"{r.randrange(0, 10**7):07d}") for _ in range(2)]
    hubs += [("address", f"广州市{r.choice(_DISTRICTS)}{r.choice(_ROADS)}{r.randrange(1, 500)}号{name}商务中心")
             for name in ("创客", "汇智")]
    for kind, value in hubs:
        members = [g.firm("hub_decoy") for _ in range(hub_size)]
        for f in members:
            if kind == "phone":
                f.phones.append(value)
            else:
                f.address = value
            f.apps.append((g.tenant(), g.day_in_last(365), f.phones[-1], f.address))
        firms += members
        truth["hubs"].append({"kind": kind, "value": value, "members": [f.code for f in members]})
    # Fraud rings: shared identifiers chained so the members form one component, applications in a burst.
    for ring_no in range(n_rings):
        size = r.randrange(3, 13)
        members = [g.firm("ring") for _ in range(size)]
        kinds = r.sample(["phone", "address", "legal_rep"], r.randrange(1, 4))
        values = {"phone": g.phone(), "address": g.address(), "legal_rep": (g.id_number(), g.person_name())}
        at_hub = r.random() < 0.5
        burst = g.day_in_last(90, 12)
        for i, f in enumerate(members):
            mine = {kinds[i % len(kinds)]} | ({kinds[i + 1]} if i + 1 < len(kinds) else set())
            if r.random() < 0.3:
                mine.add(r.choice(kinds))
            if "phone" in mine:
                f.phones = [values["phone"]]
            if "address" in mine:
                f.address = values["address"]
            elif at_hub:
                f.address = hubs[2][1]
            if "legal_rep" in mine:
                f.rep_id, f.rep_name = values["legal_rep"]
            for _ in range(r.choice((1, 1, 2))):
                f.apps.append((g.tenant(), burst + timedelta(days=r.randrange(0, 10)), _retyped_phone(r, f.phones[0]),
                               _retyped_address(r, f.address)))
        if r.random() < 0.3:
            members[r.randrange(size)].fraud_app = True
        firms += members
        truth["rings"].append({"id": f"ring-{ring_no}", "members": [f.code for f in members], "shared": kinds,
                               "at_hub_address": at_hub, "known_fraud": any(f.fraud_app for f in members)})
    # Multi-lender borrowers and near misses.
    for _ in range(n_ml):
        f = g.firm("multi_lender")
        start = g.day_in_last(150, 30)
        for t in r.sample(g.tenants, r.randrange(3, 6)):
            f.apps.append((t[0], start + timedelta(days=r.randrange(0, 26)), f.phones[0], f.address))
        firms.append(f)
        truth["multi_lender"].append(f.code)
    for i in range(max(3, n // 20)):
        f = g.firm("multi_lender_decoy")
        start = g.day_in_last(300, 200)
        if i % 3 == 0:    # three institutions, but months apart
            f.apps += [(t[0], start + timedelta(days=k * 70), f.phones[0], f.address) for k, t in enumerate(r.sample(g.tenants, 3))]
        elif i % 3 == 1:  # two institutions in a week
            f.apps += [(t[0], start + timedelta(days=k * 5), f.phones[0], f.address) for k, t in enumerate(r.sample(g.tenants, 2))]
        else:             # three applications, one institution
            t = g.tenant()
            f.apps += [(t, start + timedelta(days=k * 8), f.phones[0], f.address) for k in range(3)]
        firms.append(f)
        truth["multi_lender_decoys"].append(f.code)
    # Group companies: one person is legal representative of 2–4 healthy firms applying months apart.
    for _ in range(max(1, n // 60)):
        rep, name = g.id_number(), g.person_name()
        members = [g.firm("group_decoy") for _ in range(r.randrange(3, 5))]
        for k, f in enumerate(members):
            f.rep_id, f.rep_name = rep, name
            f.apps.append((g.tenant(), g.as_of - timedelta(days=40 + 75 * k), f.phones[0], f.address))
        firms += members
        truth["group_decoys"].append([f.code for f in members])
    for _ in range(n_det):
        firms.append(g.firm("deteriorating"))
        truth["deteriorating"].append(firms[-1].code)
    while len(firms) < n:
        firms.append(g.firm("healthy"))
    for f in firms:
        if not f.apps:
            f.apps.append((g.tenant(), g.day_in_last(365), f.phones[0], f.address))
            if r.random() < 0.3:  # a second institution, well apart
                other = r.choice([t[0] for t in g.tenants if t[0] != f.apps[0][0]])
                f.apps.append((other, f.apps[0][1] - timedelta(days=r.randrange(60, 200)), f.phones[0], f.address))
    return firms, truth


def _series(g: _Gen, f: _Firm, out: dict[str, list[dict]]) -> None:
    """Monthly invoices, tax, headcount and utilities; deteriorating firms fall over the last 6 months."""
    r, as_of = g.rng, g.as_of
    det = f.role == "deteriorating"
    revenue, growth = math.exp(r.gauss(12.5, 0.8)), r.uniform(-0.003, 0.012)
    staff = max(3, int(math.exp(r.gauss(2.8, 0.6))))
    power, water = revenue * r.uniform(0.002, 0.006), staff * r.uniform(1.5, 3.0)
    end = {k: r.uniform(0.35, 0.6) for k in ("revenue", "staff", "utility")}
    if det and r.random() < 0.3:  # not every failing firm shows every symptom
        end[r.choice(["staff", "utility"])] = 1.0
    blip = r.choice(["staff", "utility", "lawsuit", None, None, None, None, None, None, None]) if f.role == "healthy" else None
    arrears = det and r.random() < 0.4
    for back in range(MONTHS - 1, -1, -1):
        month, i = month_start(as_of, back), MONTHS - 1 - back
        decay = {k: 1.0 for k in end}
        if det and i >= MONTHS - 6:
            decay = {k: 1 - (1 - v) * (i - (MONTHS - 7)) / 6 for k, v in end.items()}
        if blip in ("staff", "utility") and i >= MONTHS - 3:
            decay[blip] = 0.7
        issued = revenue * (1 + growth) ** i * _SEASON[month.month] * r.gauss(1, 0.08) * decay["revenue"]
        ym = f"{month:%Y-%m}"
        out["invoices"].append({"credit_code": f.code, "month": ym, "issued_total": f"{max(issued, 0):.2f}",
                                "received_total": f"{max(issued * r.uniform(0.55, 0.8), 0):.2f}",
                                "issued_count": max(1, int(issued / r.uniform(8000, 30000)))})
        due = max(issued, 0) * 0.03
        paid = due * (r.uniform(0, 0.3) if arrears and back < 3 else 1)
        out["tax_filings"].append({"credit_code": f.code, "month": ym, "tax_due": f"{due:.2f}", "tax_paid": f"{paid:.2f}",
                                   "filed_on": str(min(month_start(as_of, back - 1) + timedelta(days=14), as_of))})
        heads = max(1, round(staff * decay["staff"] + r.choice((-1, 0, 0, 0, 1))))
        out["headcount"].append({"credit_code": f.code, "month": ym, "insured_count": heads})
        use = decay["utility"] * r.gauss(1, 0.06)
        out["utilities"].append({"credit_code": f.code, "month": ym, "kind": "power",
                                 "usage": round(power * _POWER_SEASON.get(month.month, 1.0) * use, 1)})
        out["utilities"].append({"credit_code": f.code, "month": ym, "kind": "water", "usage": round(water * use, 1)})
    cases: list[tuple[str, int]] = []
    if det:
        cases += [("lawsuit", r.randrange(10, 150)) for _ in range(r.randrange(1, 3))]
        if r.random() < 0.3:
            cases.append(("enforcement", r.randrange(5, 90)))
        if r.random() < 0.25:
            out["abnormal_listings"].append({"credit_code": f.code, "listed_on": str(as_of - timedelta(days=r.randrange(5, 90))),
                                             "reason": "通过登记的住所或者经营场所无法联系", "removed_on": ""})
    elif blip == "lawsuit":
        cases.append(("lawsuit", r.randrange(10, 150)))
    elif r.random() < 0.15:  # an old, closed case: history, not news
        cases.append(("lawsuit", r.randrange(400, 700)))
    for kind, days_ago in cases:
        filed = as_of - timedelta(days=days_ago)
        out["judicial_records"].append({
            "case_no": g.case_no(filed.year, "民初" if kind == "lawsuit" else "执", r.randrange(1000, 99999)),
            "credit_code": f.code, "kind": kind, "role": "defendant", "filed_on": str(filed),
            "amount": f"{r.uniform(5e4, 2e6):.2f}", "closed_on": str(filed + timedelta(days=200)) if days_ago > 365 else ""})


def _lending(g: _Gen, f: _Firm, out: dict[str, list[dict]], app_no: list[int]) -> None:
    r, as_of = g.rng, g.as_of
    apps = list(f.apps)
    if f.role in ("deteriorating", "healthy") and r.random() < (0.5 if f.role == "deteriorating" else 0.2):
        # a one-year loan that matures within the renewal horizon
        apps.append((g.tenant(), as_of - timedelta(days=365 - r.randrange(5, 55) + 5), f.phones[0], f.address))
    for k, (tenant, applied, phone, address) in enumerate(apps):
        app_no[0] += 1
        aid = f"A{app_no[0]:06d}"
        amount = round(r.choice((30, 50, 80, 100, 150, 200, 300, 500)) * 1e4, 2)
        approved = f.role not in ("ring",) and r.random() < 0.75
        out["applications"].append({
            "application_id": aid, "tenant_id": tenant, "credit_code": f.code, "applied_on": str(applied),
            "amount": f"{amount:.2f}", "contact_phone": phone, "contact_address": address,
            "status": "approved" if approved else "pending",
            "confirmed_fraud": "true" if f.fraud_app and k == 0 else "false"})
        start = applied + timedelta(days=5)
        if not approved or start > as_of:
            continue
        maturity = start + timedelta(days=365)
        lid = "L" + aid[1:]
        out["loans"].append({"loan_id": lid, "tenant_id": tenant, "credit_code": f.code, "principal": f"{amount:.2f}",
                             "start_on": str(start), "maturity_on": str(maturity),
                             "status": "active" if maturity >= as_of else "closed"})
        due = start + timedelta(days=30)
        while due <= min(as_of, maturity):
            late = f.role == "deteriorating" and (as_of - due).days < 60
            paid_on = due + timedelta(days=20) if late else due
            out["repayments"].append({"loan_id": lid, "tenant_id": tenant, "due_on": str(due),
                                      "paid_on": str(paid_on) if paid_on <= as_of else "",
                                      "amount_due": f"{amount * 0.01:.2f}",
                                      "amount_paid": f"{amount * 0.01:.2f}" if paid_on <= as_of else "0"})
            due += timedelta(days=30)


def _write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["credit_code"])
        writer.writeheader()
        writer.writerows(rows)


def generate(seed: int, n: int, out: Path, *, as_of: date = DEFAULT_AS_OF, renewal_horizon_days: int = 60,
             tenant_shares: dict[str, float] | None = None) -> dict:
    """Write the import files and `ground_truth.json` into OUT; return the ground truth.

    `tenant_shares` (e.g. {"T01": 0.6, "T02": 0.1, …}) weights which institution a borrower goes to; without it
    the six institutions are equally likely (and the seed's market is exactly as before the option existed).
    """
    g = _Gen(seed, n, as_of, tenant_shares)
    firms, truth = _plant(g)
    tables: dict[str, list[dict]] = {k: [] for k in (
        "invoices", "tax_filings", "headcount", "utilities", "judicial_records", "abnormal_listings",
        "applications", "loans", "repayments")}
    app_no = [0]
    for f in firms:
        _series(g, f, tables)
        _lending(g, f, tables, app_no)
    capital = {f.code: g.rng.choice((50, 100, 200, 500, 1000)) * 1e4 for f in firms}
    truth["defaults"] = plant_defaults(seed, firms, capital, tables, as_of)
    det = set(truth["deteriorating"])
    codes = {f.code for f in firms}
    truth["renewal_watch"] = sorted({(l["credit_code"], l["tenant_id"]) for l in tables["loans"]  # noqa: E741
                                     if l["credit_code"] in det and l["status"] == "active"
                                     and (date.fromisoformat(l["maturity_on"]) - as_of).days <= renewal_horizon_days})
    truth.update(seed=seed, n=len(firms), as_of=str(as_of), renewal_horizon_days=renewal_horizon_days,
                 tenants=[t[0] for t in g.tenants],
                 healthy=sorted(f.code for f in firms if f.role == "healthy"),
                 enterprises=sorted(codes))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _write_csv(out / "tenants.csv", [{"tenant_id": t, "name": f"{name}（合成）"} for t, name in g.tenants])
    reps = {f.rep_id: f.rep_name for f in firms}
    _write_csv(out / "persons.csv", [{"id_number": k, "name": v} for k, v in reps.items()])
    with (out / "enterprises.jsonl").open("w", encoding="utf-8") as fh:
        for f in firms:
            fh.write(json.dumps({
                "credit_code": f.code, "name": f.name, "legal_rep_id_number": f.rep_id, "legal_rep_name": f.rep_name,
                "registered_address": f.address, "phones": f.phones, "industry": f.industry,
                "registered_capital": f"{capital[f.code]:.2f}",
                "founded_on": str(f.founded)}, ensure_ascii=False) + "\n")
    _write_csv(out / "relations.csv", [{"credit_code": f.code, "kind": "shareholder", "person_id_number": f.rep_id,
                                        "related_credit_code": "", "share_pct": 60} for f in firms])
    for name, rows in tables.items():
        _write_csv(out / f"{name}.csv", rows)
    (out / "ground_truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth
