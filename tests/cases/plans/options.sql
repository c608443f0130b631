# Plans with PostgreSQL's safer options: indexes built CONCURRENTLY after the
# transaction, constraints added NOT VALID and validated after it, SET NOT
# NULL through a validated check, lock and statement timeouts.

# case: --concurrent-indexes builds indexes on existing tables after the transaction
-- current
CREATE TABLE t (id int PRIMARY KEY, email text, n int);
-- desired
CREATE TABLE t (id int PRIMARY KEY, email text, n int);
CREATE UNIQUE INDEX t_email_idx ON t (lower(email));
CREATE INDEX t_n_idx ON t (n);
COMMENT ON INDEX t_n_idx IS 'for the report';
CREATE TABLE u (id int PRIMARY KEY, n int);
CREATE INDEX u_n_idx ON u (n);
-- options
--concurrent-indexes
-- text
Plan: 5 changes
  from: current
  to:   desired

1. + create table public.u  ([--concurrent-indexes builds indexes on existing tables after the transaction] desired:5:1)
     CREATE TABLE public.u (id integer PRIMARY KEY, n integer);
2. + create index t_email_idx on public.t  ([--concurrent-indexes builds indexes on existing tables after the transaction] desired:2:1)
     CREATE UNIQUE INDEX CONCURRENTLY t_email_idx ON public.t ((lower(email)));
     (runs after the transaction commits, on its own)
3. + create index t_n_idx on public.t  ([--concurrent-indexes builds indexes on existing tables after the transaction] desired:3:1)
     CREATE INDEX CONCURRENTLY t_n_idx ON public.t (n);
     (runs after the transaction commits, on its own)
4. ~ set comment on index public.t t_n_idx  ([--concurrent-indexes builds indexes on existing tables after the transaction] desired:3:1)
     COMMENT ON INDEX public.t_n_idx IS 'for the report';
     (runs after the transaction commits, on its own)
5. + create index u_n_idx on public.u  ([--concurrent-indexes builds indexes on existing tables after the transaction] desired:6:1)
     CREATE INDEX u_n_idx ON public.u (n);

3 statements run after the transaction commits: if one fails, the transaction and the statements before it stay applied
-- json
{
  "format": "schemac.plan",
  "format_version": 1,
  "dialect": "postgres",
  "from": "current",
  "to": "desired",
  "from_fingerprint": null,
  "options": {
    "allow_destructive": false,
    "additive_only": false,
    "concurrent_indexes": true,
    "online_constraints": false,
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 5,
    "statements": 5,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 0,
      "long-lock": 0,
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "create",
      "summary": "create table public.u",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "u",
        "member": null
      },
      "source": "[--concurrent-indexes builds indexes on existing tables after the transaction] desired:5:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE TABLE public.u (id integer PRIMARY KEY, n integer)",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 2,
      "action": "create",
      "summary": "create index t_email_idx on public.t",
      "object": {
        "kind": "index",
        "schema": "public",
        "name": "t",
        "member": "t_email_idx"
      },
      "source": "[--concurrent-indexes builds indexes on existing tables after the transaction] desired:2:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE UNIQUE INDEX CONCURRENTLY t_email_idx ON public.t ((lower(email)))",
          "placement": "after_transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 3,
      "action": "create",
      "summary": "create index t_n_idx on public.t",
      "object": {
        "kind": "index",
        "schema": "public",
        "name": "t",
        "member": "t_n_idx"
      },
      "source": "[--concurrent-indexes builds indexes on existing tables after the transaction] desired:3:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE INDEX CONCURRENTLY t_n_idx ON public.t (n)",
          "placement": "after_transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 4,
      "action": "alter",
      "summary": "set comment on index public.t t_n_idx",
      "object": {
        "kind": "index",
        "schema": "public",
        "name": "t",
        "member": "t_n_idx"
      },
      "source": "[--concurrent-indexes builds indexes on existing tables after the transaction] desired:3:1",
      "hazards": [],
      "statements": [
        {
          "sql": "COMMENT ON INDEX public.t_n_idx IS 'for the report'",
          "placement": "after_transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 5,
      "action": "create",
      "summary": "create index u_n_idx on public.u",
      "object": {
        "kind": "index",
        "schema": "public",
        "name": "u",
        "member": "u_n_idx"
      },
      "source": "[--concurrent-indexes builds indexes on existing tables after the transaction] desired:6:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE INDEX u_n_idx ON public.u (n)",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    }
  ],
  "epilogue": [],
  "skipped": [],
  "suggestions": []
}
-- markdown
### schemac plan: 5 changes

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➕ create table public.u |  |
| 2 | ➕ create index t_email_idx on public.t |  |
| 3 | ➕ create index t_n_idx on public.t |  |
| 4 | ✏️ set comment on index public.t t_n_idx |  |
| 5 | ➕ create index u_n_idx on public.u |  |

> [!NOTE]
> 3 statements run after the transaction commits: if one fails, what ran before it stays applied.

<details><summary>SQL (5 statements)</summary>

```sql
CREATE TABLE public.u (id integer PRIMARY KEY, n integer);
-- after the transaction:
CREATE UNIQUE INDEX CONCURRENTLY t_email_idx ON public.t ((lower(email)));
-- after the transaction:
CREATE INDEX CONCURRENTLY t_n_idx ON public.t (n);
-- after the transaction:
COMMENT ON INDEX public.t_n_idx IS 'for the report';
CREATE INDEX u_n_idx ON public.u (n);
```

</details>

# case: --online-constraints adds a foreign key and a check NOT VALID and validates them after
-- current
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int, n int);
-- desired
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p, n int CHECK (n > 0));
-- options
--online-constraints
-- text
Plan: 4 changes
  from: current
  to:   desired

1. + add check constraint c_n_check on public.c  ([--online-constraints adds a foreign key and a check NOT VALID and validates them after] desired:2:66)
     ALTER TABLE public.c ADD CONSTRAINT c_n_check CHECK (n > 0) NOT VALID;
2. + add foreign key c_p_id_fkey on public.c  ([--online-constraints adds a foreign key and a check NOT VALID and validates them after] desired:2:46)
     ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id) NOT VALID;
3. ~ validate constraint c_n_check on public.c  ([--online-constraints adds a foreign key and a check NOT VALID and validates them after] desired:2:66)
     ALTER TABLE public.c VALIDATE CONSTRAINT c_n_check;
     (runs after the transaction commits, on its own)
4. ~ validate constraint c_p_id_fkey on public.c  ([--online-constraints adds a foreign key and a check NOT VALID and validates them after] desired:2:46)
     ALTER TABLE public.c VALIDATE CONSTRAINT c_p_id_fkey;
     (runs after the transaction commits, on its own)

2 statements run after the transaction commits: if one fails, the transaction and the statements before it stay applied
-- json
{
  "format": "schemac.plan",
  "format_version": 1,
  "dialect": "postgres",
  "from": "current",
  "to": "desired",
  "from_fingerprint": null,
  "options": {
    "allow_destructive": false,
    "additive_only": false,
    "concurrent_indexes": false,
    "online_constraints": true,
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 4,
    "statements": 4,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 0,
      "long-lock": 0,
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "create",
      "summary": "add check constraint c_n_check on public.c",
      "object": {
        "kind": "check constraint",
        "schema": "public",
        "name": "c",
        "member": "c_n_check"
      },
      "source": "[--online-constraints adds a foreign key and a check NOT VALID and validates them after] desired:2:66",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.c ADD CONSTRAINT c_n_check CHECK (n > 0) NOT VALID",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 2,
      "action": "create",
      "summary": "add foreign key c_p_id_fkey on public.c",
      "object": {
        "kind": "foreign key",
        "schema": "public",
        "name": "c",
        "member": "c_p_id_fkey"
      },
      "source": "[--online-constraints adds a foreign key and a check NOT VALID and validates them after] desired:2:46",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id) NOT VALID",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 3,
      "action": "alter",
      "summary": "validate constraint c_n_check on public.c",
      "object": {
        "kind": "check constraint",
        "schema": "public",
        "name": "c",
        "member": "c_n_check"
      },
      "source": "[--online-constraints adds a foreign key and a check NOT VALID and validates them after] desired:2:66",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.c VALIDATE CONSTRAINT c_n_check",
          "placement": "after_transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 4,
      "action": "alter",
      "summary": "validate constraint c_p_id_fkey on public.c",
      "object": {
        "kind": "foreign key",
        "schema": "public",
        "name": "c",
        "member": "c_p_id_fkey"
      },
      "source": "[--online-constraints adds a foreign key and a check NOT VALID and validates them after] desired:2:46",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.c VALIDATE CONSTRAINT c_p_id_fkey",
          "placement": "after_transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    }
  ],
  "epilogue": [],
  "skipped": [],
  "suggestions": []
}
-- markdown
### schemac plan: 4 changes

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➕ add check constraint c_n_check on public.c |  |
| 2 | ➕ add foreign key c_p_id_fkey on public.c |  |
| 3 | ✏️ validate constraint c_n_check on public.c |  |
| 4 | ✏️ validate constraint c_p_id_fkey on public.c |  |

> [!NOTE]
> 2 statements run after the transaction commits: if one fails, what ran before it stays applied.

<details><summary>SQL (4 statements)</summary>

```sql
ALTER TABLE public.c ADD CONSTRAINT c_n_check CHECK (n > 0) NOT VALID;
ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id) NOT VALID;
-- after the transaction:
ALTER TABLE public.c VALIDATE CONSTRAINT c_n_check;
-- after the transaction:
ALTER TABLE public.c VALIDATE CONSTRAINT c_p_id_fkey;
```

</details>

# case: --online-constraints sets NOT NULL through a validated check
-- current
CREATE TABLE t (id int PRIMARY KEY, "E-mail" text);
-- desired
CREATE TABLE t (id int PRIMARY KEY, "E-mail" text NOT NULL);
-- options
--online-constraints
-- text
Plan: 4 changes
  from: current
  to:   desired

1. + add check constraint t_E-mail_not_null on public.t  ([--online-constraints sets NOT NULL through a validated check] desired:1:37)
     ALTER TABLE public.t ADD CONSTRAINT "t_E-mail_not_null" CHECK ("E-mail" IS NOT NULL) NOT VALID;
2. ~ validate constraint t_E-mail_not_null on public.t  ([--online-constraints sets NOT NULL through a validated check] desired:1:37)
     ALTER TABLE public.t VALIDATE CONSTRAINT "t_E-mail_not_null";
     (runs after the transaction commits, on its own)
3. ~ set not null on column public.t.E-mail  ([--online-constraints sets NOT NULL through a validated check] desired:1:37)
     ALTER TABLE public.t ALTER COLUMN "E-mail" SET NOT NULL;
     (runs after the transaction commits, on its own)
4. - drop check constraint t_E-mail_not_null on public.t  ([--online-constraints sets NOT NULL through a validated check] desired:1:37)
     ALTER TABLE public.t DROP CONSTRAINT "t_E-mail_not_null";
     (runs after the transaction commits, on its own)

3 statements run after the transaction commits: if one fails, the transaction and the statements before it stay applied
-- json
{
  "format": "schemac.plan",
  "format_version": 1,
  "dialect": "postgres",
  "from": "current",
  "to": "desired",
  "from_fingerprint": null,
  "options": {
    "allow_destructive": false,
    "additive_only": false,
    "concurrent_indexes": false,
    "online_constraints": true,
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 4,
    "statements": 4,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 0,
      "long-lock": 0,
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "create",
      "summary": "add check constraint t_E-mail_not_null on public.t",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "E-mail"
      },
      "source": "[--online-constraints sets NOT NULL through a validated check] desired:1:37",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ADD CONSTRAINT \"t_E-mail_not_null\" CHECK (\"E-mail\" IS NOT NULL) NOT VALID",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 2,
      "action": "alter",
      "summary": "validate constraint t_E-mail_not_null on public.t",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "E-mail"
      },
      "source": "[--online-constraints sets NOT NULL through a validated check] desired:1:37",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.t VALIDATE CONSTRAINT \"t_E-mail_not_null\"",
          "placement": "after_transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 3,
      "action": "alter",
      "summary": "set not null on column public.t.E-mail",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "E-mail"
      },
      "source": "[--online-constraints sets NOT NULL through a validated check] desired:1:37",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ALTER COLUMN \"E-mail\" SET NOT NULL",
          "placement": "after_transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 4,
      "action": "drop",
      "summary": "drop check constraint t_E-mail_not_null on public.t",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "E-mail"
      },
      "source": "[--online-constraints sets NOT NULL through a validated check] desired:1:37",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.t DROP CONSTRAINT \"t_E-mail_not_null\"",
          "placement": "after_transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    }
  ],
  "epilogue": [],
  "skipped": [],
  "suggestions": []
}
-- markdown
### schemac plan: 4 changes

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➕ add check constraint t_E-mail_not_null on public.t |  |
| 2 | ✏️ validate constraint t_E-mail_not_null on public.t |  |
| 3 | ✏️ set not null on column public.t.E-mail |  |
| 4 | ➖ drop check constraint t_E-mail_not_null on public.t |  |

> [!NOTE]
> 3 statements run after the transaction commits: if one fails, what ran before it stays applied.

<details><summary>SQL (4 statements)</summary>

```sql
ALTER TABLE public.t ADD CONSTRAINT "t_E-mail_not_null" CHECK ("E-mail" IS NOT NULL) NOT VALID;
-- after the transaction:
ALTER TABLE public.t VALIDATE CONSTRAINT "t_E-mail_not_null";
-- after the transaction:
ALTER TABLE public.t ALTER COLUMN "E-mail" SET NOT NULL;
-- after the transaction:
ALTER TABLE public.t DROP CONSTRAINT "t_E-mail_not_null";
```

</details>

# case: --lock-timeout and --statement-timeout come first
-- current
CREATE TABLE t (id int PRIMARY KEY);
-- desired
CREATE TABLE t (id int PRIMARY KEY, n int);
-- options
--lock-timeout 5s --statement-timeout 10min
-- text
Plan: 1 change
  from: current
  to:   desired

Before the changes:
     SET lock_timeout = '5s';
     SET statement_timeout = '10min';
1. + add column public.t.n  ([--lock-timeout and --statement-timeout come first] desired:1:37)
     ALTER TABLE public.t ADD COLUMN n integer;
-- json
{
  "format": "schemac.plan",
  "format_version": 1,
  "dialect": "postgres",
  "from": "current",
  "to": "desired",
  "from_fingerprint": null,
  "options": {
    "allow_destructive": false,
    "additive_only": false,
    "concurrent_indexes": false,
    "online_constraints": false,
    "lock_timeout": "5s",
    "statement_timeout": "10min"
  },
  "summary": {
    "changes": 1,
    "statements": 3,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 0,
      "long-lock": 0,
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [
    {
      "sql": "SET lock_timeout = '5s'",
      "placement": "before_transaction",
      "lock_timeout": "5s",
      "statement_timeout": "10min",
      "expect_no_rows": false
    },
    {
      "sql": "SET statement_timeout = '10min'",
      "placement": "before_transaction",
      "lock_timeout": "5s",
      "statement_timeout": "10min",
      "expect_no_rows": false
    }
  ],
  "changes": [
    {
      "number": 1,
      "action": "create",
      "summary": "add column public.t.n",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "n"
      },
      "source": "[--lock-timeout and --statement-timeout come first] desired:1:37",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ADD COLUMN n integer",
          "placement": "transaction",
          "lock_timeout": "5s",
          "statement_timeout": "10min",
          "expect_no_rows": false
        }
      ]
    }
  ],
  "epilogue": [],
  "skipped": [],
  "suggestions": []
}
-- markdown
### schemac plan: 1 change

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➕ add column public.t.n |  |

<details><summary>SQL (3 statements)</summary>

```sql
-- before the transaction:
SET lock_timeout = '5s';
-- before the transaction:
SET statement_timeout = '10min';
ALTER TABLE public.t ADD COLUMN n integer;
```

</details>
