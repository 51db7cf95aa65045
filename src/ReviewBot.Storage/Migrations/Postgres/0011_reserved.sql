-- Placeholder kept only in branch fanout so that the numbers stay without gaps until the branch that owns
-- migration 0011 is merged: delete this file then (the merged branch brings the real 0011).
SELECT 1;
