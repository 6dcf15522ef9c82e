# expected facts per probe (category level), from probes/*.expected.md ("?" items left out)
E = {
"es-rideapp": dict(collected="identity contact profile feedback financial sensitive location usage device cookies", shared="affiliates service_providers advertisers legal", sells="no", ret="account_lifetime fixed_period deletion_stated", rights="access rectification erasure objection withdraw_consent opt_out_marketing cookie_control complaint", flags="consent_by_use targeted_advertising third_party_tracking data_combination international_transfer", periods="1825 7"),
"es-energy": dict(collected="identity contact financial communications profile cookies", shared="service_providers legal", sells="unstated no", ret="fixed_period legal_requirement account_lifetime deletion_stated", rights="access rectification erasure restriction portability objection withdraw_consent complaint opt_out_marketing cookie_control", flags="international_transfer", periods="1825 2190 365 91"),
"es-webshop": dict(collected="identity contact account financial device usage feedback cookies", shared="service_providers advertisers legal public", sells="no", ret="fixed_period legal_requirement account_lifetime deletion_stated", rights="access rectification erasure opt_out_marketing cookie_control complaint", flags="targeted_advertising third_party_tracking international_transfer", periods="3650 1095 30"),
"pt-fitnessapp": dict(collected="identity contact sensitive location device usage", shared="service_providers legal business_transfer", sells="unstated", ret="account_lifetime fixed_period legal_requirement deletion_stated", rights="access rectification erasure restriction portability withdraw_consent complaint", flags="deidentified_commercial_use international_transfer", periods="30 182"),
"pt-insurer": dict(collected="identity contact financial location sensitive user_content cookies", shared="service_providers affiliates legal", sells="no", ret="fixed_period account_lifetime legal_requirement deletion_stated", rights="access rectification erasure restriction objection portability withdraw_consent complaint cookie_control", flags="international_transfer", periods="182 3650 1825 365 2555"),
"pt-loyalty": dict(collected="identity contact financial location device sensitive profile usage cookies", shared="advertisers service_providers", sells="no", ret="as_long_as_necessary legal_requirement", rights="access rectification erasure opt_out_marketing", flags="targeted_advertising third_party_tracking data_combination deidentified_commercial_use broad_exemptions rights_limited vague_retention unilateral_changes consent_by_use international_transfer", periods=""),
"pl-saas": dict(collected="contact account identity financial device usage communications cookies", shared="service_providers legal", sells="no", ret="account_lifetime fixed_period legal_requirement deletion_stated", rights="access rectification erasure restriction portability objection withdraw_consent complaint opt_out_marketing cookie_control", flags="international_transfer", periods="1825 730 365 30"),
"pl-scooterapp": dict(collected="contact identity financial location user_content usage device cookies", shared="service_providers advertisers legal", sells="unstated", ret="fixed_period account_lifetime as_long_as_necessary legal_requirement deletion_stated", rights="access rectification erasure restriction objection portability withdraw_consent complaint opt_out_marketing", flags="third_party_tracking targeted_advertising data_combination international_transfer", periods="3 730 2190"),
"pl-marketplace": dict(collected="identity contact account social user_content location communications financial feedback usage device profile cookies", shared="affiliates service_providers advertisers legal public", sells="unstated no", ret="account_lifetime as_long_as_necessary indefinite", rights="access rectification erasure restriction portability objection withdraw_consent complaint opt_out_marketing cookie_control", flags="targeted_advertising third_party_tracking data_combination international_transfer indefinite_retention rights_limited consent_by_use take_it_or_leave_it unilateral_changes", periods=""),
}
E.update({
"es-wallet": dict(collected="identity contact sensitive financial device location", shared="service_providers legal", sells="no", ret="account_lifetime fixed_period legal_requirement deletion_stated", rights="access rectification erasure withdraw_consent complaint opt_out_marketing", flags="international_transfer", periods="3650 90"),
"pt-travel": dict(collected="identity contact sensitive financial cookies usage", shared="service_providers legal advertisers", sells="no", ret="fixed_period legal_requirement deletion_stated", rights="access rectification erasure objection opt_out_marketing restriction portability withdraw_consent complaint cookie_control", flags="international_transfer targeted_advertising third_party_tracking", periods="3650 365"),
"pl-loyalty": dict(collected="identity contact financial location profile", shared="service_providers", sells="no", ret="account_lifetime legal_requirement fixed_period", rights="access rectification erasure restriction portability objection withdraw_consent complaint opt_out_marketing", flags="targeted_advertising data_combination international_transfer", periods="365"),
})
E.update({
"es-fooddelivery": dict(collected="identity contact account financial location communications sensitive feedback cookies", shared="service_providers affiliates advertisers", sells="no", ret="account_lifetime fixed_period legal_requirement deletion_stated", rights="access rectification erasure restriction objection portability complaint opt_out_marketing", flags="targeted_advertising third_party_tracking international_transfer", periods="2190 365"),
"pt-ecommerce": dict(collected="identity contact financial device usage cookies", shared="service_providers advertisers legal public", sells="no", ret="fixed_period legal_requirement deletion_stated", rights="access rectification portability erasure withdraw_consent objection opt_out_marketing complaint cookie_control", flags="targeted_advertising third_party_tracking international_transfer", periods="1825 182"),
"pl-audiobooks": dict(collected="contact account identity profile financial usage feedback device", shared="service_providers legal", sells="no", ret="account_lifetime deletion_stated fixed_period legal_requirement", rights="access rectification erasure restriction portability objection withdraw_consent complaint opt_out_marketing", flags="international_transfer", periods="1825 90"),
})
E.update({
"es-gym": dict(collected="identity contact financial sensitive", shared="service_providers legal", sells="unstated", ret="account_lifetime legal_requirement fixed_period deletion_stated", rights="access rectification erasure restriction portability objection opt_out_marketing withdraw_consent complaint", flags="international_transfer", periods="30"),
"pt-telecom": dict(collected="identity contact financial location usage communications", shared="service_providers legal", sells="unstated", ret="fixed_period legal_requirement", rights="access rectification erasure restriction objection portability withdraw_consent opt_out_marketing complaint", flags="targeted_advertising", periods="182 3650 365 90"),
"pl-telemed": dict(collected="identity contact sensitive", shared="service_providers legal", sells="unstated", ret="fixed_period legal_requirement", rights="access rectification restriction complaint erasure", flags="", periods="7300 1825"),
})
EMAILS = {"es-gym":1,"pt-telecom":1,"pl-telemed":1,"es-fooddelivery":2,"pt-ecommerce":1,"pl-audiobooks":1,"es-wallet":1,"pt-travel":1,"pl-loyalty":1,"es-rideapp":2,"es-energy":2,"es-webshop":1,"pt-fitnessapp":1,"pt-insurer":1,"pt-loyalty":1,"pl-saas":1,"pl-scooterapp":2,"pl-marketplace":1}
OK_EXTRA = {"flags": {"vague_retention", "non_exhaustive", "third_party_tracking"}}  # tolerated when arguable
import json,sys,subprocess,os
tf=tfp=0
for name,e in E.items():
    if len(sys.argv)>1 and not any(a in name for a in sys.argv[1:]): continue
    f=f"probes/{name}.txt"
    r=subprocess.run(["/work/main/.venv/bin/policylens","analyze","--json",f],capture_output=True,text=True,env=dict(os.environ,PYTHONPATH=os.getcwd()+"/app"))
    d=json.loads(r.stdout)
    got=dict(collected={c["category"] for c in d["collected"]}, shared={s["recipient"] for s in d["shared_with"]}, ret=set(d["retention"]["kinds"]), rights={x["right"] for x in d["rights"]}, flags={x["id"] for x in d["red_flags"]}, periods={str(int(p["days"])) for p in d["retention"]["periods"]})
    found=0;total=0;false=[];miss=[]
    for k,v in e.items():
        if k=="sells":
            total+=1
            if d["sells_data"] in v.split(): found+=1
            else: miss.append(f"sells={d['sells_data']}")
            continue
        ex=set(v.split())
        total+=len(ex); found+=len(ex&got[k])
        miss+= [f"{k}:{x}" for x in sorted(ex-got[k])]
        false+= [f"{k}:{x}" for x in sorted(got[k]-ex) if not (k=="flags" and x in OK_EXTRA["flags"] and False)]
    total+=1
    if len(d["contact"]["emails"])>=EMAILS[name]: found+=1
    else: miss.append("emails")
    tf+=found; tfp+=len(false)
    print(f"{name:15s} found {found}/{total} false {len(false)}  MISS {' '.join(miss)}  FALSE {' '.join(false)}")
print("TOTAL found",tf,"false",tfp)
