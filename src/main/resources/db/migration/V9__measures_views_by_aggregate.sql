-- The measures' views, rewritten for speed (same rows as V8's). V8 tested every row against every
-- other row of its contact with a correlated NOT EXISTS; H2 ran that subquery once per row, for
-- every contact of every measure (12 s for a year of a large council). Now each view joins the rows
-- to one grouped pass (the first or latest time per contact, and how many rows compete), and the
-- NOT EXISTS tie-break by id runs only where two rows of the same contact share that exact time.

-- The decision on a contact: its first approved management oversight (ties: the smallest id).
create or replace view contact_decision as
select o.contact_id, o.signed_at, o.manager
from oversight_record o
join (select contact_id, min(signed_at) as signed_at, count(*) as approvals
      from oversight_record where approved group by contact_id) f
  on f.contact_id = o.contact_id and f.signed_at = o.signed_at
where o.approved and (f.approvals = 1 or not exists (
  select 1 from oversight_record e where e.contact_id = o.contact_id and e.approved
    and e.signed_at = o.signed_at and e.id < o.id));

-- The latest threshold decision for each child of a contact that reached a pathway (ties: the largest id).
create or replace view threshold_final as
select t.contact_id, t.child_id, t.proposed_level, t.proposed_pathway, t.chosen_pathway
from threshold_decision t
join (select contact_id, child_id, max(decided_at) as decided_at, count(*) as decisions
      from threshold_decision where chosen_pathway is not null group by contact_id, child_id) f
  on f.contact_id = t.contact_id and f.child_id = t.child_id and f.decided_at = t.decided_at
where t.chosen_pathway is not null and (f.decisions = 1 or not exists (
  select 1 from threshold_decision l where l.contact_id = t.contact_id and l.child_id = t.child_id
    and l.chosen_pathway is not null and l.decided_at = t.decided_at and l.id > t.id));

-- The latest consent decision for each contact (ties: the largest id).
create or replace view consent_final as
select c.contact_id, c.status, c.manager_decision, c.refusal_respected
from consent_decision c
join (select contact_id, max(decided_at) as decided_at, count(*) as decisions
      from consent_decision group by contact_id) f
  on f.contact_id = c.contact_id and f.decided_at = c.decided_at
where f.decisions = 1 or not exists (
  select 1 from consent_decision l where l.contact_id = c.contact_id
    and l.decided_at = c.decided_at and l.id > c.id);
