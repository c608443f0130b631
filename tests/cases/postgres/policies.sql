# Row-level security: ENABLE / FORCE ROW LEVEL SECURITY and policies.

# case: enable row level security with policies
-- current
CREATE TABLE documents (id int PRIMARY KEY, owner name NOT NULL DEFAULT current_user, public boolean NOT NULL DEFAULT false);
-- desired
CREATE TABLE documents (id int PRIMARY KEY, owner name NOT NULL DEFAULT current_user, public boolean NOT NULL DEFAULT false);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON documents USING (owner = current_user);
CREATE POLICY public_read ON documents FOR SELECT TO PUBLIC USING (public);
-- up
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON public.documents USING (owner = current_user);
CREATE POLICY public_read ON public.documents FOR SELECT USING (public);
-- down
DROP POLICY owner_all ON public.documents;
DROP POLICY public_read ON public.documents;
ALTER TABLE public.documents DISABLE ROW LEVEL SECURITY;

# case: forced row level security on a new table
-- current
-- desired
CREATE TABLE secrets (id int, owner name);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY mine ON secrets AS RESTRICTIVE FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user);
-- up
CREATE TABLE public.secrets (id integer, owner name);
ALTER TABLE public.secrets ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY mine ON public.secrets AS RESTRICTIVE FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user);
-- down
DROP TABLE public.secrets;

# case: policy with a subquery over another table
-- current
CREATE TABLE teams (id int PRIMARY KEY, member name);
CREATE TABLE projects (id int, team int);
-- desired
CREATE TABLE teams (id int PRIMARY KEY, member name);
CREATE TABLE projects (id int, team int);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_team ON projects FOR SELECT USING (EXISTS (SELECT 1 FROM teams t WHERE t.id = projects.team AND t.member = current_user));
-- up
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_team ON public.projects FOR SELECT USING (EXISTS (SELECT 1 FROM public.teams t WHERE t.id = projects.team AND t.member = current_user));
-- down
DROP POLICY by_team ON public.projects;
ALTER TABLE public.projects DISABLE ROW LEVEL SECURITY;

# case: a changed expression is altered in place
-- current
CREATE TABLE t (id int, owner name);
CREATE POLICY p ON t USING (owner = current_user);
-- desired
CREATE TABLE t (id int, owner name);
CREATE POLICY p ON t USING (owner = current_user OR owner = 'admin') WITH CHECK (owner = current_user);
-- up
ALTER POLICY p ON public.t USING (owner = current_user OR owner = 'admin') WITH CHECK (owner = current_user);
-- down
DROP POLICY p ON public.t;
CREATE POLICY p ON public.t USING (owner = current_user);

# case: a changed command means drop and create
-- current
CREATE TABLE t (id int);
CREATE POLICY p ON t FOR SELECT USING (id > 0);
-- desired
CREATE TABLE t (id int);
CREATE POLICY p ON t FOR DELETE USING (id > 0);
-- up
DROP POLICY p ON public.t;
CREATE POLICY p ON public.t FOR DELETE USING (id > 0);
-- down
DROP POLICY p ON public.t;
CREATE POLICY p ON public.t FOR SELECT USING (id > 0);

# case: a column a policy reads changes type: the policy goes first and comes back
-- current
CREATE TABLE t (id int, level int);
CREATE POLICY p ON t USING (level > 2);
-- desired
CREATE TABLE t (id int, level bigint);
CREATE POLICY p ON t USING (level > 2);
-- up
DROP POLICY p ON public.t;
ALTER TABLE public.t ALTER COLUMN level TYPE bigint;
CREATE POLICY p ON public.t USING (level > 2);
-- down
DROP POLICY p ON public.t;
ALTER TABLE public.t ALTER COLUMN level TYPE integer;
CREATE POLICY p ON public.t USING (level > 2);

# case: disable row level security and drop the policy
-- current
CREATE TABLE t (id int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (true);
COMMENT ON POLICY p ON t IS 'everyone';
-- desired
CREATE TABLE t (id int);
-- up
DROP POLICY p ON public.t;
ALTER TABLE public.t DISABLE ROW LEVEL SECURITY;
-- down
ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON public.t USING (true);
COMMENT ON POLICY p ON public.t IS 'everyone';

# case: comment on policy, and policies altered and dropped in the file
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int);
CREATE POLICY a ON t USING (id > 0);
CREATE POLICY b ON t USING (id > 1);
ALTER POLICY a ON t USING (id > 10);
DROP POLICY b ON t;
DROP POLICY IF EXISTS c ON t;
COMMENT ON POLICY a ON t IS 'tens';
-- up
CREATE POLICY a ON public.t USING (id > 10);
COMMENT ON POLICY a ON public.t IS 'tens';
-- down
DROP POLICY a ON public.t;
