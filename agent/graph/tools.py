"""What the chat agent can look up. Each tool returns evidence items the answer may cite as [n]; tools act
only within the caller's tenant (the data layer enforces it, these functions pass the tenant through)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import yaml

from agent.errors import DocumentError, FengtiaoError, NotFound, RuleFileError
from agent.graph.state import Evidence
from agent.identifiers import CREDIT_CODE
from agent.risk.months import month_index

ROUTER_RULES = Path(__file__).resolve().parent.parent / "rules" / "chat_router.yaml"


@lru_cache(maxsize=1)
def router_rules() -> dict:
    rules = yaml.safe_load(ROUTER_RULES.read_text(encoding="utf-8"))
    return _expanded(rules, rules.get("fragments", {}), source=ROUTER_RULES.name)


_FRAGMENT = re.compile(r"\{\{(\w+)\}\}")

RuleNode = dict | list | str | int | float | bool | None


def _expanded(node: RuleNode, fragments: dict[str, str], source: str = "rules") -> RuleNode:
    """The rules with every {{name}} in a string replaced by the named fragment (router `fragments`): a pattern
    piece written once and used by several keywords. Keys are expanded too, since the `mandarin` table keeps its
    patterns there. A name no fragment has is a typo in `source`, reported as such rather than a bare KeyError."""
    def piece(m: re.Match[str]) -> str:
        if m.group(1) not in fragments:
            raise RuleFileError(source, m.group(1), f"{{{{{m.group(1)}}}}} names no fragment (known: "
                                f"{', '.join(sorted(fragments)) or 'none'}); fix the spelling or add it under fragments")
        return fragments[m.group(1)]

    if isinstance(node, str):
        return _FRAGMENT.sub(piece, node)
    if isinstance(node, list):
        return [_expanded(x, fragments, source) for x in node]
    if isinstance(node, dict):
        return {_expanded(k, fragments, source): _expanded(v, fragments, source) for k, v in node.items()}
    return node


_NAMED_CODE = re.compile(rf"(?<![0-9A-Z]){CREDIT_CODE.pattern}(?![0-9A-Z])")


def borrower_in(question: str) -> str | None:
    """A unified social credit code named in the question puts that borrower in focus."""
    m = _NAMED_CODE.search(question.upper())
    return m.group(0) if m else None


def _has_any(text: str, words: list[str]) -> bool:
    """Keywords occur in `text` (see `_keyword` for how each is matched)."""
    return any(_keyword(w).search(text) for w in words)


def _without(text: str, words: list[str]) -> str:
    """`text` with every occurrence of these keywords blanked: "被起诉了几次" asks for the record, its 起诉 is no
    legal question (the borrower's record, said in the passive: "我们起诉了他，一审要多久" stays a law question)."""
    for w in sorted(words, key=len, reverse=True):     # "court enforcement" before "enforcement"
        text = _keyword(w).sub(lambda m: " " * len(m.group(0)), text)
    return text


@lru_cache(maxsize=1024)
def _keyword(word: str) -> re.Pattern[str]:
    """One router keyword as a pattern. Chinese ones match anywhere; English ones as whole words in any case ("law"
    is not in "lawsuit"), or as a word's beginning when written with a trailing * ("invoic*": invoice, invoicing); a
    keyword written "re:…" is a regular expression ("re:开[了过]?.{0,4}票" for 开了好多票)."""
    if word.startswith("re:"):
        return re.compile(word[3:], re.IGNORECASE)
    if word.isascii():
        stem = re.escape(word.lower().rstrip("*"))
        return re.compile(rf"(?<![a-z]){stem}" + ("" if word.endswith("*") else r"(?![a-z])"), re.IGNORECASE)
    return re.compile(re.escape(word))


def mandarin_reading(text: str) -> str:
    """`text` in simplified characters (a 台商's "合約" is 合约) with dialect words and voice-input slips read as
    Mandarin (router `mandarin`, longest first)."""
    from agent.hanzi import to_simplified

    for dialect, mandarin in _mandarin_table():       # before the conversion, which reads Cantonese 嗰 as 𠮶
        text = dialect.sub(mandarin, text)
    text = to_simplified(text)
    for dialect, mandarin in _mandarin_table():       # and after it: 係 is 系, 冇 stays
        text = dialect.sub(mandarin, text)
    return text


def _with_mandarin(text: str) -> str:
    """The message plus, when it differs, its Mandarin reading, so one keyword list serves "佢个分几多", "传了冇"
    and a dictated "月利系三分"."""
    plain = mandarin_reading(text)
    return text if plain == text else f"{text}\n{plain}"


@lru_cache(maxsize=1)
def _mandarin_table() -> list[tuple[re.Pattern[str], str]]:
    """The table's words, longest first; a key written "re:…" is a pattern ("re:(?<![剩其])余期": not 剩余期限)."""
    table = sorted(router_rules().get("mandarin", {}).items(), key=lambda kv: len(kv[0]), reverse=True)
    return [(re.compile(k[3:] if k.startswith("re:") else re.escape(k)), v) for k, v in table]


def choose_tools(question: str, borrower_id: str | None) -> list[str]:
    """The tools a question needs, by the rules in chat_router.yaml, matched on the user's own words (a pasted
    clause is checked by contract_check, its words do not pick other tools)."""
    msg = _read_message(question)
    rules = router_rules()["tools"]
    level = _has_any(msg.own, rules["rate_check"].get("level_words", []))    # a rate's legality asked: a pasted one too
    chosen = [name for name, rule in rules.items() if _rule_fires(rule, msg, borrower_id, level)]
    chosen = _contract_tools(chosen, msg.own, rules, level)
    legal = _asks_the_law(msg, rules)
    chosen = _with_overview(chosen, msg.own, rules, borrower_id, legal)
    # A file the user quotes is not searched for: dropped before the law is weighed, so it never takes the law with
    # it ("档案那份是写的：“连带责任保证期间三年”吗" kept no source at all; review 14)
    if "documents" in chosen and _file_quoted(msg.own, rules["documents"], rules["contract_check"]):
        chosen.remove("documents")
    chosen = _without_law_for_facts(chosen, msg, rules, borrower_id, legal)
    if "documents" in chosen and _contract_already_read(msg.own, chosen, rules["documents"]):
        chosen.remove("documents")
    return chosen


def route_tools(question: str, borrower_id: str | None) -> list[str]:
    """The tools the app consults: the rules' picks (`choose_tools`), which the learned router model
    (agent/graph/route_model.py) may add a source to or drop one from when it is sure; rate_check and contract_check
    stay the rules'. FENGTIAO_ROUTER_MODEL=off, or a model that cannot load or run (logged once), leaves the rules alone."""
    chosen = choose_tools(question, borrower_id)
    if not _model_wanted():
        return chosen
    from agent.graph.route_model import second_opinion

    return second_opinion(question, borrower_id, chosen)


def router_in_use() -> str:
    """Which router `route_tools` runs: "rules" or "rules+model"."""
    if not _model_wanted():
        return "rules"
    from agent.graph.route_model import usable_model

    return "rules" if usable_model() is None else "rules+model"


def _model_wanted() -> bool:
    from agent.config import get_settings

    return get_settings().router_model


@dataclass(frozen=True)
class _Message:
    """A chat message as the router reads it: the user's own words with their Mandarin reading appended (`own`),
    what they pasted (`pasted`, None when nothing is), and how many characters of `own` they typed."""
    own: str
    pasted: str | None
    typed: int

    def said(self, blanked: str, words: list[str]) -> bool:
        """Whether `blanked` (`own` with some words blanked) says one of these words (see `_said`)."""
        return _said(blanked, words, raw=self.own, typed=self.typed)


def _read_message(question: str) -> _Message:
    """The user's own words apart from a pasted clause, whose words pick no tool but the check."""
    from agent.graph.pasted import split_pasted

    own, pasted = split_pasted(question)
    # the message's own length: the Mandarin reading is appended, not typed
    return _Message(own=_with_mandarin(own), pasted=pasted, typed=len(own))


def _rule_fires(rule: dict, msg: _Message, borrower_id: str | None, level: bool) -> bool:
    """Whether one tool's rule picks it: its words are there and its other conditions hold."""
    hit = _pasted_rule_hit(rule, msg) if rule.get("pasted") else _typed_rule_hit(rule, msg, level)
    return hit and _rule_allowed(rule, msg.own, borrower_id)


def _pasted_rule_hit(rule: dict, msg: _Message) -> bool:
    """Whether the message carries a contract to check: a paste with the rule's words that is no court paper or
    letter, or, with nothing pasted, a long message that reads as a contract itself (two of its markers)."""
    from agent.graph.pasted import PASTED_MIN_CHARS

    if msg.pasted is not None:    # a court paper or a borrower's letter: evidence of facts, not a contract to check
        return _has_any(msg.pasted, rule.get("keywords", [])) and not _not_a_contract(msg.own, msg.pasted, rule)
    return msg.typed >= PASTED_MIN_CHARS and sum(w in msg.own for w in rule.get("whole_message_markers", [])) >= 2


def _typed_rule_hit(rule: dict, msg: _Message, level: bool) -> bool:
    """Whether the user's own words pick a tool: a keyword said outside what the rule ignores, a weak keyword nothing
    unsays, a rate to check (a pasted one when its level is asked), or the level of something asked."""
    from agent.graph.pasted import unquoted

    own = msg.own
    mine = unquoted(own, documents_only=True) if rule.get("skip_quoted") else own
    mine = _without(mine, rule["ignore"]) if rule.get("ignore") else mine
    return bool(rule.get("always") or msg.said(mine, rule.get("keywords", []) + rule.get("record", [])) or (
        _has_any(own, rule.get("weak_keywords", [])) and not _has_any(own, rule.get("weak_unless", []))) or (
        rule.get("needs_rate") and (_states_a_rate(own)
                                    or msg.pasted is not None and level and _states_a_rate(msg.pasted))) or (
        _has_any(own, rule.get("level_of_asks", [])) and _has_any(own, rule.get("level_of", []))
        and not _has_any(own, rule.get("level_of_unless", []))))


def _rule_allowed(rule: dict, own: str, borrower_id: str | None) -> bool:
    """Whether a rule's conditions beyond its keywords hold: the words it also needs, and the borrower in focus it
    needs (or, for some tools, words that stand in for one)."""
    if rule.get("also_needs") and not _has_any(own, rule["also_needs"]):
        return False
    if rule.get("without_borrower_needs") and not borrower_id and not _has_any(own, rule["without_borrower_needs"]):
        return False
    return not (rule.get("needs_borrower") and not borrower_id)


def _contract_tools(chosen: list[str], own: str, rules: dict, level: bool) -> list[str]:
    """`chosen` without the contract tools that would read the contract asked about twice: a pasted contract is
    checked, not reviewed or searched for; a review beside a rate check only when a review is asked for."""
    if "contract_check" in chosen:    # a pasted contract is the one asked about: the rule engine reads it
        check = rules["contract_check"]
        # the annual rate of a pasted clause's costs asked for ("算上服务费实际年化多少") is asked as much as its level
        annual = _has_any(own, rules["rate_check"].get("keywords", []))
        stored = _has_any(own, check.get("keeps_documents", [])) and (
            not _has_any(own, check.get("is_the_stored", [])) or _has_any(own, check.get("compares", [])))
        chosen = [n for n in chosen if n != "contract_review" and (n != "rate_check" or level or annual)
                  and (n != "documents" or stored)]
    if "rate_check" in chosen and "contract_review" in chosen:   # the rate is checked; is a review asked for too?
        review = rules["contract_review"]
        asks = [w for w in review.get("keywords", []) if w not in review.get("rate_only", [])]
        if not _has_any(own, asks):
            chosen = [n for n in chosen if n != "contract_review"]
    return chosen


def _asks_the_law(msg: _Message, rules: dict) -> bool:
    """Whether the user's own words ask a legal question, not counting the borrower's record they name ("被起诉了几次")
    or words they quote."""
    from agent.graph.pasted import unquoted

    record = [w for w in rules["warnings"].get("keywords", []) if w.startswith(("被", "court "))]
    record += rules["warnings"].get("record", [])     # "有供应商起诉他": the record, said in the active voice
    # a seizure or a suit supposed ("要是被法院查封了") asks what the law makes of it, though 被法院查封 is a record word (v20)
    if msg.said(unquoted(msg.own), rules["regulations"].get("supposed", [])):
        return True
    return msg.said(_without(unquoted(msg.own), record + rules["regulations"].get("ignore", [])),
                    rules["regulations"].get("facts_only_unless", []))


def _with_overview(chosen: list[str], own: str, rules: dict, borrower_id: str | None, legal: bool) -> list[str]:
    """`chosen` plus the warnings when a question about the borrower in focus names no source ("这家企业的情况") and
    only the law was picked, though no legal question or topic is asked."""
    from agent.graph.pasted import unquoted

    topic = legal or _has_any(own, rules["regulations"].get("legal_topics", []))
    # the user's own words, not a document they quote ("村委开的证明：“…经营情况良好…”" asks no overview; v21)
    if borrower_id and not topic and chosen == ["regulations"] and _has_any(unquoted(own, documents_only=True),
                                                                           rules["warnings"].get("overview", [])):
        return chosen + ["warnings"]
    return chosen


def _without_law_for_facts(chosen: list[str], msg: _Message, rules: dict, borrower_id: str | None,
                           legal: bool) -> list[str]:
    """`chosen` without the law when the question is only about facts the other tools give."""
    # A question only about facts gets the figures or the borrower's document, not law articles. Without a borrower
    # in focus a contract question is as likely a law question ("合同没约定保证期间的话到底多长"): missing the law
    # there costs more than four extra articles, so the law stays.
    # The interest a stated rate comes to, asked of the borrower in focus ("一年利息差几多钱"), is arithmetic the rate
    # check does, cap and all (v17): no law articles either, unless a legal word is said.
    sums = borrower_id and msg.said(msg.own, rules["rate_check"].get("arithmetic", []))
    # The institution's own rules and manuals ("信贷手册里是么子写的") are a file to read with no borrower too (v19).
    own_rules = msg.said(msg.own, rules["documents"].get("facts_without_borrower", []))
    # ...unless one of its rules is weighed ("信贷手册说的保证期间6个月对不对"): whether it holds is the law's (review 15).
    legal = legal or (own_rules and msg.said(msg.own, rules["documents"].get("own_rules_weighed", [])))
    facts = [n for n in chosen if rules[n].get("needs_borrower") or (n == "documents" and (borrower_id or own_rules))
             or (n == "rate_check" and sums)]
    if facts and not legal:
        return [n for n in chosen if n != "regulations"]
    return chosen


def _said(blanked: str, words: list[str], *, raw: str, typed: int) -> bool:
    """Whether `blanked` (the message and its Mandarin reading, `raw`, with the rule's ignored words blanked) says one
    of these words. A word the reading has is judged on the reading alone, so a word ignored there is not picked up
    from the dialect it was read from ("运费发票开得点样" is "发票开得怎么样", the invoice figures, not a file); a word
    only the message has (a dialect keyword, "有冇效") still counts there (v17)."""
    if len(raw) == typed:             # no reading appended
        return _has_any(blanked, words)
    message, reading, raw_reading = blanked[:typed], blanked[typed + 1:], raw[typed + 1:]
    return any(_keyword(w).search(reading) or (_keyword(w).search(message) and not _keyword(w).search(raw_reading))
               for w in words)


def _not_a_contract(own: str, pasted: str, rule: dict) -> bool:
    """Whether a paste is a court paper, an invoice or a letter, kept for its facts: named so by the user, or by its
    own words ("案号", "价税合计"), unless it names its parties as a contract does (a 购销合同 lists 规格型号 and 价税合计
    too, a 和解协议 cites its case number, and both are contracts to check)."""
    if _has_any(own, rule.get("not_when_named", [])):
        return True
    return (_has_any(pasted, rule.get("not_when_pasted", []))
            and sum(w in pasted for w in rule.get("is_a_contract", [])) < 2)


def _file_quoted(own: str, docs: dict, check: dict) -> bool:
    """Whether the file the user names is quoted in the message ("借条写的“今借到…月息2分”", "征信报告里有一行：“…”"):
    its words are at hand, so searching for it adds nothing. The search stays when the user points at the stored
    copy too ("跟系统里存的比"; not an invoice asked after in the invoice data, "这一票系统里能查着不", v16), or asks
    for the file or what else it says (asks_the_file)."""
    return (_has_any(own, docs.get("quotes_the_file", []))
            and not _has_any(_without(own, docs.get("in_the_data", [])), check.get("keeps_documents", []))
            and not _has_any(own, docs.get("asks_the_file", [])))


def _contract_already_read(own: str, chosen: list[str], docs: dict) -> bool:
    """Whether the document search was picked only for the contract a review or a rate check already reads.

    A review rebuilds the stored contract and checks it whole, and a rate the user reads out of the contract
    ("按合同要罚息年化24%") is checked as said: searching for that contract again adds nothing ("恁审审他那个保证合同"
    gets the review alone). Called after the law's test, which counts the search as a fact. The search stays when
    another file or what the contract says is asked ("合同上写的多少"), when the user asks for the file itself
    ("调出来给我看看", "原件在哪", "保证人是谁"), or doubts the rate read out ("是吧？我记得")."""
    own_words = _without(_without(own, docs.get("ignore", [])), docs.get("covered_by_review", []))
    if _has_any(own_words, docs.get("keywords", [])) or _has_any(own, docs.get("asks_the_file", [])):
        return False
    if "contract_review" in chosen:
        return True
    return "rate_check" in chosen and not _has_any(own, docs.get("rate_said_unless", [])) and any(
        _has_any(clause, docs.get("covered_by_review", []))
        and (_states_a_rate(clause) or _has_any(clause, docs.get("rate_read_out", [])))
        for clause in _CLAUSES.split(own))


_CLAUSES = re.compile(r"[，,。？?！!；;\n]")


def _usable(mention) -> bool:
    """A rate that can be compared with the cap: read with its period, or tied to the LPR."""
    return (mention.status == "ok" and bool(mention.annual_rate)) or (
        mention.status == "lpr_linked" and mention.base == "lpr")   # "基准利率上浮30%" needs the contract's date and term


def _states_a_rate(text: str) -> bool:
    """Whether `text` states a rate to check: one that is not the legal cap itself ("一年期LPR的四倍")."""
    return any(not _is_the_cap(m) for m in stated_rates(text))


def _is_the_cap(mention) -> bool:
    """"一年期LPR的四倍" in a question is the legal cap being asked about, not a rate to check against it."""
    from agent.rules.loader import load_rule_set

    return (mention.status == "lpr_linked" and not mention.lpr_spread
            and mention.lpr_multiple == Decimal(load_rule_set().threshold("lpr_multiple")))


def names_own_documents(question: str, tenant: str | None, borrower_id: str | None = None) -> bool:
    """Whether the question's best lexical match among everything the tenant sees is one of its own documents, or
    (with a borrower in focus) the question shares a word with a document filed under that borrower.

    "恒源五金的情况说明怎么说？" carries no document keyword, but only the tenant's upload contains 恒源五金: the
    documents tool should fire. A question whose words the law corpus matches better is left to the keywords; a
    borrower's own file is part of any question about it ("这家企业说自己没有涉诉，可信吗？")."""
    if tenant is None:
        return False
    from retrieval.lexical import bm25_search
    from retrieval.store import PUBLIC, scope_filter

    try:
        if borrower_id and bm25_search(
                question, scope_filter(tenant, include_public=False, filters={"borrower_id": borrower_id}), 1,
                english=False):
            return True
        top = bm25_search(question, scope_filter(tenant), 1, english=False)
    except FengtiaoError:   # an invalid tenant: the documents tool, if chosen, reports it
        return False
    return bool(top) and top[0][2].get("tenant") not in (None, PUBLIC)


def _hit_evidence(hits, kind: str) -> list[Evidence]:
    out = []
    for h in hits:
        e = Evidence(n=0, kind=kind, citation=h.citation, doc_id=h.doc_id, chunk_id=h.chunk_id,
                     source_path=Path(h.source_path).name if Path(h.source_path).is_absolute() else h.source_path,  # no server paths
                     article=h.article, start=h.start, end=h.end, text=h.text, score=h.score)
        if borrower := (h.metadata or {}).get("borrower_id"):
            e["borrower_id"] = str(borrower)
        out.append(e)
    return out


def regulations(question: str, tenant: str | None, borrower_id: str | None) -> list[Evidence]:
    from retrieval.search import search

    return _hit_evidence(search(question, tenant=None, k=router_rules()["tools"]["regulations"]["k"], doc_type="regulation"), "regulation")


def documents(question: str, tenant: str | None, borrower_id: str | None) -> list[Evidence]:
    """The caller's own contracts and invoices; public documents are covered by `regulations`. With a borrower in
    focus, documents filed under another borrower are left out: their statements are not about this one."""
    if tenant is None:
        return []
    from retrieval.search import search

    filters = {"borrower_id": [borrower_id, ""]} if borrower_id else None
    hits = search(question, tenant=tenant, k=router_rules()["tools"]["documents"]["k"], include_public=False,
                  filters=filters)
    return _hit_evidence(hits, "document")


def warnings(question: str, tenant: str | None, borrower_id: str | None) -> list[Evidence]:
    if tenant is None or borrower_id is None:
        return []
    from agent.risk.warnings import warnings_for

    try:
        found = warnings_for(borrower_id, tenant=tenant)
    except NotFound:
        return [Evidence(n=0, kind="warning", citation=f"借款人 {borrower_id}（本机构无记录）", doc_id=borrower_id,
                         chunk_id="", source_path="risk", article=None, start=0, end=0,
                         text=f"本机构没有借款人 {borrower_id} 的申请或贷款记录，无法给出预警。", score=0.0)]
    if not found:
        return [Evidence(n=0, kind="warning", citation=f"借款人 {borrower_id} 预警扫描", doc_id=borrower_id, chunk_id="",
                         source_path="risk", article=None, start=0, end=0, text="当前没有触发任何预警规则。", score=0.0)]
    return [
        Evidence(n=0, kind="warning", citation=f"预警 {w.signal}/{w.level}（{'、'.join(w.reason_codes)}）", doc_id=borrower_id,
                 chunk_id=";".join(f"{t}:{','.join(map(str, ids[:5]))}" for t, ids in w.evidence.items()),
                 source_path="risk", article=None, start=0, end=0,
                 text=f"{w.message_zh} 建议：{w.suggested_action_zh}", score=1.0)
        for w in found
    ]


def contract_check(question: str, tenant: str | None, borrower_id: str | None) -> list[Evidence]:
    """A contract pasted into the question (after it, or quoted inline), checked by the rule engine."""
    from agent.contracts.check import check_text
    from agent.graph.pasted import split_pasted

    pasted = split_pasted(question)[1] or question
    try:
        report = check_text(pasted, file="对话中粘贴的合同文本")
    except DocumentError as e:  # a 分包合同's payment term, a lease: the loan rules have nothing to say
        if e.kind != "not_a_contract" or _LENDING_TERMS.search(pasted) or any(_usable(m) for m in stated_rates(pasted)):
            return []           # a lending clause the reader could not take in: say nothing rather than "not a loan"
        return [_checked("粘贴的条款不是借款或担保条款（没有读到借款、利息、本金、担保等借贷要素），利率上限、保证期间等"
                         "借款合同规则不适用；它的效力与后果请看引用的法律条文。")]
    except FengtiaoError:
        return []
    if report.findings:
        return _finding_evidence(report.findings)
    read = _terms_read(report.fields)
    return [_checked(f"已用合同规则（{report.rules_version}）检查粘贴的条款：" + (f"读到{read}；" if read else "")
                     + "未发现规则所列的问题（利率与逾期费用上限、砍头息、保证方式与期间、复利、诉讼时效）。")]


_LENDING_TERMS = re.compile(r"借|贷|利息|利率|本金|息|担保|保证|抵押|质押|出借")


def _checked(text: str) -> Evidence:
    """The rule engine's verdict on a pasted text that raised no finding, so the answer says it was checked."""
    return Evidence(n=0, kind="finding", citation="合同规则检查（代码）：agent/rules/contract_rules.yaml",
                    doc_id="contract_check", chunk_id="", source_path="agent/rules/contract_rules.yaml", article=None,
                    start=0, end=0, text=text, score=1.0)


def _terms_read(fields: dict) -> str:
    """The terms the reader found, in the officer's words ("年利率10%、逾期年利率18.25%、按月付息、到期还本")."""
    from agent.contracts.rules import pct

    parts = [f"{label}{pct(Decimal(str(fields[key])))}%" for key, label in
             (("annual_rate", "年利率"), ("overdue_rate", "逾期年利率"), ("penalty_rate", "违约金年率"))
             if fields.get(key) is not None]
    parts += [f"本金{fields['principal']}元"] if fields.get("principal") else []
    parts += [str(fields["repayment_method"])] if fields.get("repayment_method") else []
    parts += [f"{fields['guarantee_type']}" + (f"，保证期间{fields['guarantee_period_months']}个月"
                                               if fields.get("guarantee_period_months") else "")
              ] if fields.get("guarantee_type") else []
    return "、".join(parts)


def contract_review(question: str, tenant: str | None, borrower_id: str | None) -> list[Evidence]:
    """The tenant's own contract the question is about ("这份借款合同的利率合法吗？"), rebuilt from the index and
    checked whole by the rule engine: the answer gets the findings (rate vs 4 × LPR, 砍头息, overdue charges, ...),
    not only the clauses that happen to share words with the question."""
    if tenant is None:
        return []
    from agent.contracts.check import check_text
    from retrieval.search import search
    from retrieval.store import document_text

    hits = search(question, tenant=tenant, k=1, doc_type="contract", include_public=False)
    if not hits:
        return []
    doc = hits[0]
    try:
        report = check_text(document_text(doc.doc_id, tenant=tenant), file=Path(doc.source_path).name)
    except FengtiaoError:
        return []
    return _finding_evidence(report.findings, about=f"《{doc.title}》（{Path(doc.source_path).name}）")


def _finding_evidence(findings, about: str = "") -> list[Evidence]:
    """Rule-engine findings as evidence citing the article each applies; `about` names the checked document."""
    out: list[Evidence] = []
    for f in findings:
        cite = f.citations[0] if f.citations else None
        law = f"：《{cite.instrument}》{cite.label}" if cite else ""
        out.append(Evidence(
            n=0, kind="finding", citation=f"{about + ' ' if about else ''}规则 {f.rule_id}{law}", doc_id=f.rule_id,
            chunk_id="", source_path=cite.source_path if cite else "rules", article=cite.label if cite else None,
            start=cite.start if cite else 0, end=cite.end if cite else 0,
            text=(f"{about}：" if about else "") + f.explanation_zh, score=1.0,
        ))
    return out


# what the contract reader's find_dates leaves: 2024年3月, 2018年, 2023年5月10号
_LOOSE_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)(?:\s*(?P<m>1[0-2]|0?[1-9])\s*(?:月|-|/|\.)?"
                         r"(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*(?:日|号)?)?)?")


def _question_date(question: str) -> tuple[date, str] | None:
    """The date a question names and how it was completed: a full date as contracts are read (二〇二三年五月十日,
    2023-05-10 ...), else a year and month or a year alone, taken from its first day."""
    from agent.contracts.numerals import find_dates

    full = [d.value for d in find_dates(question) if d.value]
    if full:
        return full[0], ""
    m = _LOOSE_DATE.search(question)
    try:
        on = date(int(m["y"]), int(m["m"] or 1), int(m["d"] or 1)) if m else None
    except ValueError:          # 2023年2月30号: no such day, so no date
        return None
    if on is None:
        return None
    return on, "" if m["d"] else "（未写日，按当月1日）" if m["m"] else "（只写了年份，按1月1日）"


def rate_check(question: str, tenant: str | None, borrower_id: str | None, *,
               today: date | None = None) -> list[Evidence]:
    """A rate named in a short question ("月利率3%合法吗？") normalised to a year and compared, by code, with four
    times the one-year LPR in force on the date the question names (today's when it names none, and says so).

    Overdue charges are held to the same cap (民间借贷规定 第二十八、二十九条); a question naming a licensed lender
    (小贷公司, 融资担保公司, 银行, ...) is told the cap does not apply to its licensed business. The LPR comes from
    the shipped table (`fengtiao lpr update FILE` keeps it current)."""
    from agent.contracts.rules import lpr_cap, pct, pre_lpr_band
    from agent.contracts.spoken import prepayment_fee, squeezed
    from agent.rules.loader import load_rule_set

    question = squeezed(question)
    found, plain = stated_rates(question), mandarin_reading(question)
    said_in = question
    if not any(_usable(m) for m in found) and plain != question:
        read = stated_rates(plain)
        if any(_usable(m) for m in read) or not found:
            found, said_in = read, plain
    mentions = [m for m in found if _usable(m) and not _is_the_cap(m)]
    rules = load_rule_set()
    licensed = next((e for e in rules.licensed_lenders if any(k in question for k in e["keywords"])), None)
    early = prepayment_fee(plain)
    prepay = None if licensed else early        # the cap, and so this reckoning, are private lending's
    if not mentions and not prepay:
        unclear = [f"“{x.text}”没有写明是年利率、月利率还是日利率（或“分/厘”的期间）" for x in found if x.status == "ambiguous"]
        unclear += [f"“{x.text}”是每期利息的金额，问题没有说借了多少本金" for x in found if x.status == "needs_principal"]
        if not unclear:
            return []
        c = rules.rule("rate_above_4x_lpr").resolved[0]
        return [Evidence(n=0, kind="calculation", citation=f"利率测算（代码）：《{c.instrument}》{c.label}", doc_id="rate_check",
                         chunk_id="", source_path=c.source_path, article=c.label, start=c.start, end=c.end, score=1.0,
                         text="；".join(dict.fromkeys(unclear)) + "，无法折算成年利率与四倍LPR比较；请写明，例如“月利率2%”、“年利率24%”"
                         "或“借10万，每月利息2000元”。")]
    charges = plain.replace(early[2], "") if early else plain   # a prepayment fee is not an overdue charge
    overdue = any(w in charges for w in ("逾期", "违约金", "罚息", "滞纳金"))
    cap_rule = rules.rule("overdue_charges_above_cap" if overdue else "rate_above_4x_lpr")
    named = _question_date(question)
    if named:
        on, completed = named
        basis = f"问题所说的 {on.isoformat()}{completed}"
    else:
        on = today or date.today()
        basis = f"今天 {on.isoformat()}（问题没有给出合同成立日；应以合同成立时的LPR为准）"
    look, cap = lpr_cap(on, rules)
    mentions = [x for x in (_lpr_resolved(m, look.rate_pct) for m in mentions) if x.annual_rate]
    if not mentions and (not prepay or cap is None):      # LPR-linked, and no LPR known for the date
        return []
    readings = "；".join(f"“{x.text}”折合年利率 {pct(x.annual_rate)}%{_how_annualised(x, look.rate_pct)}" for x in mentions)
    if not mentions:      # a fee for repaying early, and no rate
        text = (f"问题没有写利率。{basis}适用的一年期LPR为 {look.rate_pct}%（{look.effective} 起执行），四倍为 {pct(cap)}%。"
                + _prepayment(prepay, question, None, cap, rules))
    elif cap is None:
        cap_rule = rules.rule("pre_lpr_rate_rules")
        bands = "；".join(f"年{pct(x.annual_rate)}% {pre_lpr_band(x.annual_rate, rules)[0]}" for x in mentions)
        text = (f"{readings}。{basis}早于2019年8月20日一年期LPR首次发布，不以LPR四倍判断，按2015年民间借贷规定的"
                f"年24%、36%两线：{bands}。2020年8月20日之后的利息按起诉时的新规定（LPR四倍）计算。")
    else:
        term = [x for x in mentions if not _after_default(x, said_in)]   # what runs while the loan is on time
        fees = [x for x in term if x.message.startswith("a flat fee")]
        if fees and len(term) > len(fees):         # a fee and interest on one loan are held to one cap together
            per_span: dict[tuple[int, int], Decimal] = {}
            for x in term:                         # a rate on a rough sum counts once, at its higher end
                per_span[(x.start, x.end)] = max(per_span.get((x.start, x.end), Decimal(0)), x.annual_rate)
            total = sum(per_span.values(), Decimal(0))
            readings += f"；借期内手续费与利息合计年{pct(total)}%（以手续费等名目收取的费用与利息一并计入借款成本）"
            term = [replace(term[0], annual_rate=total, text="合计")]
            mentions = term + [x for x in mentions if _after_default(x, said_in)]
        verdicts = [f"年{pct(x.annual_rate)}% 超过上限，超过部分（年{pct(x.annual_rate - cap)}个百分点）人民法院不予支持"
                    if x.annual_rate > cap else f"年{pct(x.annual_rate)}% 未超过上限" for x in mentions]
        text = (f"{readings}。{basis}适用的一年期LPR为 {look.rate_pct}%（{look.effective} 起执行），四倍为 {pct(cap)}%"
                + ("（逾期利息、违约金和其他费用合计不得超过此数）" if overdue else "") + "：" + "；".join(verdicts) + "。")
        if prepay:
            text += _prepayment(prepay, question, max((x.annual_rate for x in term), default=None), cap, rules)
        if look.status == "stale":
            text += f"注意：内置LPR表只到 {look.effective} 的报价，其后可能已有新报价，请用 `fengtiao lpr update` 更新后再算。"
    cites = list(cap_rule.resolved[:1]) + (rules.note("prepayment_fee").resolved[:2] if prepay and cap is not None else [])
    if licensed:
        local = licensed["scope"] == "local"
        text += (f"但问题提到{licensed['type']}：" + ("小额贷款公司等七类地方金融组织" if local else "银行等经金融监管部门批准设立的金融机构")
                 + "因从事相关金融业务引发的纠纷不适用民间借贷司法解释，不能直接套用四倍LPR上限。")
        cites += rules.rule("cap_not_applicable_licensed_lender").resolved[0 if local else 1:][:1]
    return [Evidence(n=0, kind="calculation" if i == 0 else "regulation",
                     citation=(f"利率测算（代码按LPR表计算）：《{c.instrument}》{c.label}" if i == 0
                               else f"《{c.instrument}》{c.label}"),
                     doc_id=cap_rule.id, chunk_id="", source_path=c.source_path, article=c.label, start=c.start,
                     end=c.end, text=text if i == 0 else c.text, score=1.0)
            for i, c in enumerate(cites)]


_DEFAULT_WORDS = re.compile(r"逾期|罚息|违约|滞纳")


def _after_default(mention, text: str) -> bool:
    """A rate that runs only after a default ("逾期年利率15%", "罚息按日万分之五"): its own clause says so."""
    clause = re.split(r"[，,。；;\n]", text[:mention.start])[-1] + mention.text
    return bool(_DEFAULT_WORDS.search(clause))


def _prepayment(prepay: tuple, question: str, rate: Decimal | None, cap: Decimal, rules) -> str:
    """What a fee for repaying early adds to the cost, by how long the money was out: it is paid once, so the shorter
    the loan ran the more it weighs (3 % after three months is 12 % a year). Added to the rate of the loan's term,
    never to an overdue rate: repaying early and being overdue do not happen together."""
    from agent.contracts.rules import pct
    from agent.contracts.spoken import lent_amount

    share, amount, said = prepay
    lent = lent_amount(question)
    if share is None:
        if not lent:
            return f"另有“{said}”：问题没有说借了多少本金，无法折算成年利率。"
        share = amount / lent
    spec = rules.note("prepayment_fee")
    lines = []
    for months in (3, 6, 12):
        total = (rate or Decimal(0)) + share * 12 / months
        lines.append(f"借满{months}个月还清，" + ("合计" if rate is not None else "这笔费用折合") + f"年{pct(total)}%"
                     + ("，超过上限" if total > cap else "，未超过上限"))
    by_months = ("按上面的利率：" if rate is not None else "只算这笔费用（再加上借期内的利息一并计算）：") + "；".join(lines) + "。"
    note = spec.explanation_zh.format(fee_pct=pct(share), cap_pct=pct(cap), by_months_zh=by_months)
    return f"另有“{said}”：{note}"


def stated_rates(text: str) -> list:
    """The rates a chat message states: as written ("月息2分"), LPR-linked, or as interest per period on the amount
    lent ("借一万块一个月给一千利息" → 120 % a year); an amount per period without the amount lent stays
    `needs_principal` (no rate is guessed); equal instalments on the amount lent as their APR ("借八千每月还一千零五十
    还十个月") or a fee each period ("分12期，每期手续费0.8%"); "年化二十八" as 28 %; "月息3个点" as 3 % a month; "利率调到了6.5%" as a rate whose period is asked."""
    from agent.contracts.normalize import find_rates
    from agent.contracts.numerals import clean_decimal
    from agent.contracts.spoken import (annualised_number, apr_percent, bare_interest, fee_amount_rate,
                                        instalment_fee_rate, instalment_rate, lent_amount, lent_range, points_rate,
                                        rate_percent, spoken_interest, squeezed, with_principal)

    text = squeezed(text)
    found = find_rates(text)
    for spoken in (spoken_interest(text), bare_interest(text), points_rate(text), annualised_number(text),
                   instalment_rate(text), instalment_fee_rate(text), fee_amount_rate(text), apr_percent(text),
                   rate_percent(text)):
        # what the rate reader did not already read
        found += [m for m in spoken if not any(f.start < m.end and m.start < f.end for f in found)]
    lent, rough = lent_amount(text), lent_range(text)
    out = []
    for m in found:
        if m.status != "needs_principal" or not lent:
            out.append(m)
        elif rough:         # "借了三千几": the rate at both ends of the sum
            low, high, said = rough
            for bound, word in ((low, "下限"), (high, "上限")):
                at = with_principal(m, bound)
                out.append(replace(at, convention=f"利息{clean_decimal(m.amount)}元 ÷ “{said}”的{word}{bound}元"))
        else:
            out.append(with_principal(m, lent))
    return sorted(out, key=lambda m: m.start)


def _how_annualised(mention, lpr_pct: Decimal | None) -> str:
    """The arithmetic behind one annual rate, in brackets, so the officer can redo it."""
    from agent.contracts.normalize import PER_YEAR
    from agent.contracts.rules import pct

    times = f" × {PER_YEAR[mention.period]}" if mention.period and PER_YEAR[mention.period] != 1 else ""
    if mention.status == "lpr_linked":
        return (f"（一年期LPR {lpr_pct}%" + (f" × {mention.lpr_multiple}" if mention.lpr_multiple != 1 else "")
                + (f" + {pct(mention.lpr_spread)}个百分点" if mention.lpr_spread else "") + "）")
    if mention.amount is not None and mention.convention:      # interest said as an amount on the amount lent
        return f"（{mention.convention}{times}）"
    return "（日利率×365）" if mention.period == "day" else ""


def _lpr_resolved(mention, lpr_pct: Decimal | None):
    """An LPR-linked mention ("一年期LPR加收50%") with its annual rate on the LPR of the date asked about."""
    from agent.contracts.normalize import lpr_linked_rate

    if mention.status != "lpr_linked":
        return mention
    return replace(mention, annual_rate=None if lpr_pct is None else lpr_linked_rate(mention, lpr_pct))


def _facts(kind: str, borrower_id: str, citation: str, text: str, rows: dict[str, list[int]] | None = None,
           source: str = "risk") -> Evidence:
    """An evidence item computed by code from the risk DB: the text is what the composer shows verbatim, the
    chunk_id names the rows it was computed from (table:id,id,...)."""
    return Evidence(n=0, kind=kind, citation=citation, doc_id=borrower_id, chunk_id=row_refs(rows or {}),
                    source_path=source, article=None, start=0, end=0, text=text, score=1.0)


def row_refs(rows: dict[str, list[int]], limit: int = 24) -> str:
    parts = []
    for table, ids in rows.items():
        if ids:
            shown = ",".join(map(str, ids[:limit])) + (f",…共{len(ids)}行" if len(ids) > limit else "")
            parts.append(f"{table}:{shown}")
    return ";".join(parts)


def _no_record(kind: str, borrower_id: str, what: str) -> list[Evidence]:
    return [_facts(kind, borrower_id, f"借款人 {borrower_id}（本机构无记录）",
                   f"本机构没有借款人 {borrower_id} 的申请或贷款记录，无法提供{what}。")]


def _yuan(x: Decimal) -> str:
    return f"{x:,.2f} 元"


def invoice_summary(question: str, tenant: str | None, borrower_id: str | None, *,
                    today: date | None = None) -> list[Evidence]:
    """Monthly issued-invoice totals over the trailing windows vs a year earlier, summed by code (Decimal)."""
    if tenant is None or borrower_id is None:
        return []
    from agent.risk.invoices import invoice_summary as summarize

    rule = router_rules()["tools"]["invoice_summary"]
    try:
        s = summarize(borrower_id, tenant=tenant, windows=tuple(rule["windows"]))
    except NotFound:
        return _no_record("invoice", borrower_id, "开票数据")
    if s.latest_month is None or not s.windows:
        return [_facts("invoice", borrower_id, f"开票数据 {borrower_id}",
                       f"平台上没有 {s.name} 的任何开票记录（数据缺失），无法计算开票金额；请先导入该企业的发票数据。")]
    notes = []
    if s.months_behind > 0:
        notes.append(f"注意：该企业开票数据只到 {s.latest_month}，比平台最新月份 {s.platform_latest_month} 落后 "
                     f"{s.months_behind} 个月（停止开票或数据未导入），数据已过时。")
    today = today or date.today()
    y, mo = map(int, s.platform_latest_month.split("-"))
    lag = month_index(today) - month_index(date(y, mo, 1))
    if lag > rule["stale_after_months"]:
        notes.append(f"平台开票数据最新到 {s.platform_latest_month}，距今 {lag} 个月，请留意时效。")
    out = []
    for i, w in enumerate(s.windows):
        monthly = "、".join(f"{r.month} {r.issued_total:,.2f}" for r in w.rows)
        text = (f"近 {w.months} 个月（{w.span}）开票合计 {_yuan(w.total)}，上年同期（{w.prior_span}）{_yuan(w.prior_total)}，"
                + (f"同比 {w.change_pct:+.2f}%。" if w.change_pct is not None else
                   ("有月份缺数据，不计算同比。" if w.missing else "上年同期为 0，不计算同比。")))
        if w.missing:
            text += f"缺数据的月份：{'、'.join(w.missing)}（合计只含有数据的月份）。"
        if i == 0 and monthly:
            text += f"逐月（元）：{monthly}。"
        if i == 0:
            text += "".join(notes)
        out.append(_facts("invoice", borrower_id, f"开票汇总 {s.name} 近{w.months}个月 {w.span} 对比 {w.prior_span}（代码按月汇总）",
                          text, {"invoice_months": w.row_ids}))
    return out


def score(question: str, tenant: str | None, borrower_id: str | None) -> list[Evidence]:
    """The tenant's operating-risk score and its reason codes; each reason cites its value, formula and rows."""
    if tenant is None or borrower_id is None:
        return []
    from agent.risk.db import session_scope
    from agent.risk.operating_score import data_as_of, load_operating_scorecard, score_in_session
    from agent.risk.queries import tenant_borrower

    with session_scope() as session:
        try:
            ent = tenant_borrower(session, borrower_id, tenant=tenant)
        except NotFound:
            return _no_record("score", borrower_id, "评分")
        try:
            card = load_operating_scorecard(tenant)
        except NotFound:
            return [_facts("score", borrower_id, f"经营风险评分卡（机构 {tenant}：尚未训练）",
                           f"本机构还没有经营风险评分卡，暂时无法给出评分。训练方法：有足够违约样本后运行 "
                           f"`fengtiao risk scorecard train --tenant {tenant}`，再重新提问。", source="scorecards")]
        sc = score_in_session(session, ent, tenant=tenant, as_of=data_as_of(session), scorecard=card)
    source = f"scorecards/{tenant}/v{sc.scorecard_version:04d}.json"
    reasons = "、".join(r.code for r in sc.reasons) or "无（各项特征均在最优分箱）"
    out = [_facts("score", borrower_id, f"经营风险评分卡 v{sc.scorecard_version}（机构 {tenant}，训练于 {sc.trained_at[:10]}）",
                  f"截至 {sc.as_of}，经营风险评分 {sc.points:.2f} 分，等级 {sc.band}（{sc.band_label_zh}），分数越高风险越低。"
                  f"主要扣分原因：{reasons}。", source=source)]
    for r in sc.reasons:
        value = "缺失" if r.value is None else str(r.value)
        out.append(_facts("score", borrower_id, f"评分原因 {r.code}（{r.label_zh}）",
                          f"扣分原因 {r.code}：{r.label_zh} = {value}，扣 {r.points_lost:.2f} 分。计算：{r.formula}。",
                          r.evidence, source=source))
    return out


TOOLS = {"regulations": regulations, "documents": documents, "warnings": warnings, "contract_check": contract_check,
         "contract_review": contract_review, "rate_check": rate_check, "invoice_summary": invoice_summary,
         "score": score}
