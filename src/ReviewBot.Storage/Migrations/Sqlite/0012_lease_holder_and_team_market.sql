-- Which attempt holds a delivery's lease: only that attempt may renew it, so an attempt that lost its lease
-- (its host stalled past the lease and another host took over) can never extend it again. Rows claimed
-- before this migration have no holder; their next attempt sets one.
ALTER TABLE scheduled_deliveries ADD COLUMN lease_holder TEXT;
-- The market whose public holidays are the team's own (the quarter review goes out on the team's first
-- working day). Null: a day is a holiday for the team when it is one in every member's market.
ALTER TABLE teams ADD COLUMN market TEXT;
