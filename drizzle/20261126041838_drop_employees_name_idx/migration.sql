-- A prepared statement's generic plan walked this index for a unit's or a supervisor's employees ordered by name
-- (the unit dashboard: 64 ms instead of 0.1 ms per unit); a unit's page sorts its own rows instead.
DROP INDEX "employees_name_idx";