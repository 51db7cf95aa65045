-- Placeholder kept only in branch fanout so that the numbers stay without gaps until the branch that owns
-- migration 0010 is merged: delete this file then (the merged branch brings the real 0010).
SELECT 1;
