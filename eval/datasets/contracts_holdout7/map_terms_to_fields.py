import json, re
P='eval/datasets/contracts_holdout7/gold.jsonl'
REP={"按月付息，到期还本":"按月付息、到期还本","到期一次还本付息":"到期一次性还本付息","按季付息，到期还本":"按季付息、到期还本",
     "按季结息，到期还本":"按季付息、到期还本","等额本息":"等额本息"}
out=[]
for l in open(P, encoding='utf-8'):
    r=json.loads(l); t=r['terms']; f=r['fields']
    lender=t['lender']
    if 'not a signatory' not in lender and 'not a party' not in lender and '/' not in lender and 'assigned' not in lender:
        name=re.sub(r"\s*\(.*$","",lender).strip()
        f['lender']=name
        kind='licensed_lender' if ('(licensed' in lender or '(bank' in lender) else 'enterprise' if ('enterprise' in lender or '个体工商户' in lender) else 'natural_person'
        f['lender_kind']=kind
    b=t['borrower']
    if '、' not in b and 'not a' not in b and '+' not in b and '共同' not in b:
        name=re.sub(r"\s*\(.*$","",b).strip()
        f['borrower']=name
        f['borrower_kind']='enterprise' if re.search(r'公司|厂|经营部|服务部|商行|合作社',name) else 'natural_person'
    cd=t.get('contract_date','')
    if re.fullmatch(r'\d{4}-\d\d-\d\d',cd): f['contract_date']=cd
    ed=t.get('end_date','')
    if re.fullmatch(r'\d{4}-\d\d-\d\d',ed) and re.fullmatch(r'\d{4}-\d\d-\d\d',cd): f['end_date']=ed
    if t.get('start_date'): f['start_date']=t['start_date']
    if t.get('repayment') in REP: f['repayment_method']=REP[t['repayment']]
    d=t.get('dispute')
    if d is None: f['dispute_method']=None
    elif d.startswith('court'): f['dispute_method']='court'
    elif d.startswith('arbitration'): f['dispute_method']='arbitration'
    gs=[g for g in t.get('guarantees',[]) if g['kind']=='保证']
    if not t.get('guarantees'):
        f['guarantor']=None; f['guarantee_type']=None
    elif len(gs)==1 and len(t['guarantees'])==1:
        g=gs[0]
        f['guarantor']=g['guarantor']
        ty=g.get('type','')
        f['guarantee_type']='连带责任保证' if ty.startswith('连带责任保证') else '一般保证' if ty.startswith('一般') else 'unspecified' if ty.startswith('unspecified') and '2019' not in ty else None
        if f['guarantee_type'] is None: del f['guarantee_type']
        if 'period_months' in g: f['guarantee_period_months']=g['period_months']
    r['fields']=f
    out.append(json.dumps(r, ensure_ascii=False))
open(P,'w',encoding='utf-8').write('\n'.join(out)+'\n')
