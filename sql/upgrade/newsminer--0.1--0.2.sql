-- newsminer 0.1 -> 0.2.  The C library of 0.2 serves both; the SQL objects
-- differ only in the planner costs of the entity functions, now measured
-- (bench/cost.sh) instead of estimated.  Results of every function may differ
-- from 0.1 where extraction improved: rebuild expression indexes and
-- materialized views over them after the update (README, Upgrading).
\echo Use "ALTER EXTENSION newsminer UPDATE TO '0.2'" to load this file. \quit

ALTER FUNCTION @extschema@.extract_entities(text) COST 17000;
ALTER FUNCTION @extschema@.extract_quotes(text) COST 17000;
ALTER FUNCTION @extschema@.extract_figures(text) COST 4000;
