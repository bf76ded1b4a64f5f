-- The Pathways what-if runs each child's final threshold decision again, through a changed table:
-- it needs the indicators and significant harm that decision was made on, and whether the family
-- consented (as the threshold step counts it: consent given, or consent as the lawful basis).
create or replace view threshold_final as
select t.contact_id, t.child_id, t.proposed_level, t.proposed_pathway, t.chosen_pathway, t.indicators,
  t.significant_harm
from threshold_decision t
join (select contact_id, child_id, max(decided_at) as decided_at, count(*) as decisions
      from threshold_decision where chosen_pathway is not null group by contact_id, child_id) f
  on f.contact_id = t.contact_id and f.child_id = t.child_id and f.decided_at = t.decided_at
where t.chosen_pathway is not null and (f.decisions = 1 or not exists (
  select 1 from threshold_decision l where l.contact_id = t.contact_id and l.child_id = t.child_id
    and l.chosen_pathway is not null and l.decided_at = t.decided_at and l.id > t.id));

create or replace view consent_final as
select c.contact_id, c.status, c.manager_decision, c.refusal_respected, c.lawful_basis
from consent_decision c
join (select contact_id, max(decided_at) as decided_at, count(*) as decisions
      from consent_decision group by contact_id) f
  on f.contact_id = c.contact_id and f.decided_at = c.decided_at
where f.decisions = 1 or not exists (
  select 1 from consent_decision l where l.contact_id = c.contact_id
    and l.decided_at = c.decided_at and l.id > c.id);
