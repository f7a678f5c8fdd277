"""Plain checks of the hand-written gold rows (no fengtiao code). Run from the repo root:
.venv/bin/python eval/datasets/contracts_holdout13/check_gold.py"""
import json, csv, datetime as dt
from decimal import Decimal
from pathlib import Path
import docx
root = Path("eval/datasets/contracts_holdout13")
rows = [json.loads(l) for l in (root/"gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ALLOWED = {"principal","amount_delivered","annual_rate","overdue_rate","penalty_rate","lender","lender_kind","borrower",
 "borrower_kind","contract_date","start_date","end_date","repayment_method","dispute_method","guarantor","guarantee_type",
 "guarantee_period_months"}
RM = {"到期一次性还本付息","按月付息、到期还本","按季付息、到期还本","等额本息","等额本金","分期还款",None}
RULES = {"rate_above_4x_lpr","pre_lpr_rate_rules","cap_not_applicable_licensed_lender","interest_deducted_upfront",
 "overdue_charges_above_cap","no_overdue_rate_agreed","guarantee_type_defaults_to_general",
 "guarantee_period_defaults_to_6_months","no_interest_agreed","compound_interest_restated","limitation_period_expired"}
lpr = []
for r in csv.reader(l for l in open("agent/rules/lpr_1y.csv", encoding="utf-8") if not l.startswith("#")):
    if r[0] == "date": continue
    lpr.append((dt.date.fromisoformat(r[0]), Decimal(r[1])))
def lpr_at(d):
    v = None
    for day, rate in lpr:
        if day <= d: v = rate
    return v
fmt = {"txt_utf8":0,"txt_gb18030":0,"docx":0,"docx_table":0}
from collections import Counter
rule_count = Counter(); kinds = Counter(); with_f = 0
for row in rows:
    f = row["fields"]; p = root/row["file"]
    assert p.exists(), p
    assert set(f) <= ALLOWED, (row["file"], set(f)-ALLOWED)
    assert set(row["findings"]) <= RULES, row["file"]
    assert len(row["findings"]) == len(set(row["findings"]))
    for k in ("contract_date","start_date","end_date"):
        if f.get(k) is not None: dt.date.fromisoformat(f[k])
    dt.date.fromisoformat(row["as_of"])
    for k in ("principal","amount_delivered","annual_rate","overdue_rate","penalty_rate"):
        if f.get(k) is not None: Decimal(f[k])
    assert f.get("repayment_method","x") in RM | {"x"}, row["file"]
    assert f.get("dispute_method","x") in {"court","arbitration","court_or_arbitration",None,"x"}
    assert f.get("guarantee_type","x") in {"连带责任保证","一般保证","unspecified",None,"x"}
    assert f.get("lender_kind","x") in {"natural_person","enterprise","licensed_lender","x"}
    assert f.get("borrower_kind","x") in {"natural_person","enterprise","x"}
    gpm = f.get("guarantee_period_months","x"); assert gpm in (None,"x") or isinstance(gpm,int)
    if p.suffix == ".txt":
        b = p.read_bytes()
        try: b.decode("utf-8"); fmt["txt_utf8"] += 1
        except UnicodeDecodeError:
            b.decode("gb18030"); fmt["txt_gb18030"] += 1
    else:
        d = docx.Document(str(p)); fmt["docx"] += 1; fmt["docx_table"] += bool(d.tables)
    rule_count.update(row["findings"]); kinds[f.get("lender_kind")] += 1; with_f += bool(row["findings"])
    # cap check
    cd = f.get("contract_date"); ar = f.get("annual_rate")
    info = ""
    if cd:
        d0 = dt.date.fromisoformat(cd); l = lpr_at(d0)
        if l: info = f"LPR {l} cap {l*4/100}"
        if ar and l: info += f" rate {ar} {'ABOVE' if Decimal(ar) > l*4/100 else 'ok'}"
        if f.get("overdue_rate") and l: info += f" od {f['overdue_rate']} {'ABOVE' if Decimal(f['overdue_rate'])+Decimal(f.get('penalty_rate') or 0) > l*4/100 else 'ok'}"
    print(row["file"][:4], f.get("lender_kind"), cd, info, row["findings"])
print(fmt); print("files with findings", with_f, "of", len(rows)); print(dict(rule_count)); print(dict(kinds))
print("rules unused:", RULES - set(rule_count))
