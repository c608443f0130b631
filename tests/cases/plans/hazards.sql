# Plans: every hazard kind, with the reason that names the object, in text,
# JSON and Markdown. Type changes rewrite the table or not as PostgreSQL 15
# decides (tablecmds.c, ATColumnChangeRequiresRewrite).

# case: nothing to do
-- current
CREATE TABLE t (id int PRIMARY KEY);
-- desired
CREATE TABLE t (id int PRIMARY KEY);
-- text
No changes: desired matches current.
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 0,
    "statements": 0,
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
  "changes": [],
  "epilogue": [],
  "skipped": [],
  "suggestions": []
}
-- markdown
### schemac plan: no changes

`desired` matches `current`.

# case: data-loss: a dropped column
-- current
CREATE TABLE t (id int PRIMARY KEY, email text);
-- desired
CREATE TABLE t (id int PRIMARY KEY);
-- text
Plan: 1 change (1 destructive)
  from: current
  to:   desired

1. - drop column public.t.email
     ALTER TABLE public.t DROP COLUMN email;
     ! data-loss: drops column public.t.email and its data

1 change loses data; pass --allow-destructive to emit it
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 1,
    "statements": 1,
    "destructive": 1,
    "hazards": {
      "data-loss": 1,
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
      "action": "drop",
      "summary": "drop column public.t.email",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "email"
      },
      "source": null,
      "hazards": [
        {
          "kind": "data-loss",
          "reason": "drops column public.t.email and its data"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.t DROP COLUMN email",
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
### schemac plan: 1 change, 1 destructive

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➖ drop column public.t.email | 🔴 `data-loss` drops column public.t.email and its data |

> [!CAUTION]
> 1 change loses data: emitted only with `--allow-destructive`.

<details><summary>SQL (1 statement)</summary>

```sql
ALTER TABLE public.t DROP COLUMN email;
```

</details>

# case: table-rewrite: integer to bigint
-- current
CREATE TABLE events (id integer PRIMARY KEY, n integer);
-- desired
CREATE TABLE events (id bigint PRIMARY KEY, n integer);
-- text
Plan: 1 change
  from: current
  to:   desired

1. ~ change type of column public.events.id from integer to bigint  ([table-rewrite: integer to bigint] desired:1:22)
     ALTER TABLE public.events ALTER COLUMN id TYPE bigint;
     ! table-rewrite: ALTER COLUMN TYPE bigint rewrites public.events and rebuilds its indexes (ACCESS EXCLUSIVE lock)
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 1,
    "statements": 1,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 1,
      "long-lock": 0,
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "alter",
      "summary": "change type of column public.events.id from integer to bigint",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "events",
        "member": "id"
      },
      "source": "[table-rewrite: integer to bigint] desired:1:22",
      "hazards": [
        {
          "kind": "table-rewrite",
          "reason": "ALTER COLUMN TYPE bigint rewrites public.events and rebuilds its indexes (ACCESS EXCLUSIVE lock)"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.events ALTER COLUMN id TYPE bigint",
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
### schemac plan: 1 change

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ✏️ change type of column public.events.id from integer to bigint | 🟠 `table-rewrite` ALTER COLUMN TYPE bigint rewrites public.events and rebuilds its indexes (ACCESS EXCLUSIVE lock) |

<details><summary>SQL (1 statement)</summary>

```sql
ALTER TABLE public.events ALTER COLUMN id TYPE bigint;
```

</details>

# case: no rewrite: varchar grows, varchar becomes text, numeric precision grows
-- current
CREATE TABLE t (a varchar(20), b varchar(20), c numeric(10,2), d timestamp(3));
-- desired
CREATE TABLE t (a varchar(40), b text, c numeric(12,2), d timestamp(6));
-- text
Plan: 4 changes
  from: current
  to:   desired

1. ~ change type of column public.t.a from character varying(20) to character varying(40)  ([no rewrite: varchar grows, varchar becomes text, numeric precision grows] desired:1:17)
     ALTER TABLE public.t ALTER COLUMN a TYPE character varying(40);
2. ~ change type of column public.t.b from character varying(20) to text  ([no rewrite: varchar grows, varchar becomes text, numeric precision grows] desired:1:32)
     ALTER TABLE public.t ALTER COLUMN b TYPE text;
3. ~ change type of column public.t.c from numeric(10,2) to numeric(12,2)  ([no rewrite: varchar grows, varchar becomes text, numeric precision grows] desired:1:40)
     ALTER TABLE public.t ALTER COLUMN c TYPE numeric(12,2);
4. ~ change type of column public.t.d from timestamp(3) without time zone to timestamp(6) without time zone  ([no rewrite: varchar grows, varchar becomes text, numeric precision grows] desired:1:57)
     ALTER TABLE public.t ALTER COLUMN d TYPE timestamp(6) without time zone;
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
      "action": "alter",
      "summary": "change type of column public.t.a from character varying(20) to character varying(40)",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "a"
      },
      "source": "[no rewrite: varchar grows, varchar becomes text, numeric precision grows] desired:1:17",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ALTER COLUMN a TYPE character varying(40)",
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
      "summary": "change type of column public.t.b from character varying(20) to text",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "b"
      },
      "source": "[no rewrite: varchar grows, varchar becomes text, numeric precision grows] desired:1:32",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ALTER COLUMN b TYPE text",
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
      "summary": "change type of column public.t.c from numeric(10,2) to numeric(12,2)",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "c"
      },
      "source": "[no rewrite: varchar grows, varchar becomes text, numeric precision grows] desired:1:40",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ALTER COLUMN c TYPE numeric(12,2)",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 4,
      "action": "alter",
      "summary": "change type of column public.t.d from timestamp(3) without time zone to timestamp(6) without time zone",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "d"
      },
      "source": "[no rewrite: varchar grows, varchar becomes text, numeric precision grows] desired:1:57",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ALTER COLUMN d TYPE timestamp(6) without time zone",
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
### schemac plan: 4 changes

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ✏️ change type of column public.t.a from character varying(20) to character varying(40) |  |
| 2 | ✏️ change type of column public.t.b from character varying(20) to text |  |
| 3 | ✏️ change type of column public.t.c from numeric(10,2) to numeric(12,2) |  |
| 4 | ✏️ change type of column public.t.d from timestamp(3) without time zone to timestamp(6) without time zone |  |

<details><summary>SQL (4 statements)</summary>

```sql
ALTER TABLE public.t ALTER COLUMN a TYPE character varying(40);
ALTER TABLE public.t ALTER COLUMN b TYPE text;
ALTER TABLE public.t ALTER COLUMN c TYPE numeric(12,2);
ALTER TABLE public.t ALTER COLUMN d TYPE timestamp(6) without time zone;
```

</details>

# case: table-rewrite and data-loss: varchar shrinks, numeric scale changes
-- current
CREATE TABLE t (a varchar(40), c numeric(12,4));
-- desired
CREATE TABLE t (a varchar(20), c numeric(12,2));
-- text
Plan: 2 changes (2 destructive)
  from: current
  to:   desired

1. ~ change type of column public.t.a from character varying(40) to character varying(20)  ([table-rewrite and data-loss: varchar shrinks, numeric scale changes] desired:1:17)
     ALTER TABLE public.t ALTER COLUMN a TYPE character varying(20);
     ! table-rewrite: ALTER COLUMN TYPE character varying(20) rewrites public.t and rebuilds its indexes (ACCESS EXCLUSIVE lock)
     ! data-loss: changing public.t.a from character varying(40) to character varying(20) may lose or reject values
2. ~ change type of column public.t.c from numeric(12,4) to numeric(12,2)  ([table-rewrite and data-loss: varchar shrinks, numeric scale changes] desired:1:32)
     ALTER TABLE public.t ALTER COLUMN c TYPE numeric(12,2);
     ! table-rewrite: ALTER COLUMN TYPE numeric(12,2) rewrites public.t and rebuilds its indexes (ACCESS EXCLUSIVE lock)
     ! data-loss: changing public.t.c from numeric(12,4) to numeric(12,2) may lose or reject values

2 changes lose data; pass --allow-destructive to emit them
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 2,
    "statements": 2,
    "destructive": 2,
    "hazards": {
      "data-loss": 2,
      "table-rewrite": 2,
      "long-lock": 0,
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "alter",
      "summary": "change type of column public.t.a from character varying(40) to character varying(20)",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "a"
      },
      "source": "[table-rewrite and data-loss: varchar shrinks, numeric scale changes] desired:1:17",
      "hazards": [
        {
          "kind": "table-rewrite",
          "reason": "ALTER COLUMN TYPE character varying(20) rewrites public.t and rebuilds its indexes (ACCESS EXCLUSIVE lock)"
        },
        {
          "kind": "data-loss",
          "reason": "changing public.t.a from character varying(40) to character varying(20) may lose or reject values"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ALTER COLUMN a TYPE character varying(20)",
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
      "summary": "change type of column public.t.c from numeric(12,4) to numeric(12,2)",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "c"
      },
      "source": "[table-rewrite and data-loss: varchar shrinks, numeric scale changes] desired:1:32",
      "hazards": [
        {
          "kind": "table-rewrite",
          "reason": "ALTER COLUMN TYPE numeric(12,2) rewrites public.t and rebuilds its indexes (ACCESS EXCLUSIVE lock)"
        },
        {
          "kind": "data-loss",
          "reason": "changing public.t.c from numeric(12,4) to numeric(12,2) may lose or reject values"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ALTER COLUMN c TYPE numeric(12,2)",
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
### schemac plan: 2 changes, 2 destructive

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ✏️ change type of column public.t.a from character varying(40) to character varying(20) | 🟠 `table-rewrite` ALTER COLUMN TYPE character varying(20) rewrites public.t and rebuilds its indexes (ACCESS EXCLUSIVE lock)<br>🔴 `data-loss` changing public.t.a from character varying(40) to character varying(20) may lose or reject values |
| 2 | ✏️ change type of column public.t.c from numeric(12,4) to numeric(12,2) | 🟠 `table-rewrite` ALTER COLUMN TYPE numeric(12,2) rewrites public.t and rebuilds its indexes (ACCESS EXCLUSIVE lock)<br>🔴 `data-loss` changing public.t.c from numeric(12,4) to numeric(12,2) may lose or reject values |

> [!CAUTION]
> 2 changes lose data: emitted only with `--allow-destructive`.

<details><summary>SQL (2 statements)</summary>

```sql
ALTER TABLE public.t ALTER COLUMN a TYPE character varying(20);
ALTER TABLE public.t ALTER COLUMN c TYPE numeric(12,2);
```

</details>

# case: table-rewrite: a volatile default fills every row
-- current
CREATE TABLE t (id int PRIMARY KEY);
-- desired
CREATE TABLE t (id int PRIMARY KEY, token uuid DEFAULT gen_random_uuid(), added timestamptz DEFAULT now());
-- text
Plan: 2 changes
  from: current
  to:   desired

1. + add column public.t.token  ([table-rewrite: a volatile default fills every row] desired:1:37)
     ALTER TABLE public.t ADD COLUMN token uuid DEFAULT gen_random_uuid();
     ! table-rewrite: fills public.t.token in every row, rewriting the table (ACCESS EXCLUSIVE lock)
2. + add column public.t.added  ([table-rewrite: a volatile default fills every row] desired:1:75)
     ALTER TABLE public.t ADD COLUMN added timestamp with time zone DEFAULT now();
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 2,
    "statements": 2,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 1,
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
      "summary": "add column public.t.token",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "token"
      },
      "source": "[table-rewrite: a volatile default fills every row] desired:1:37",
      "hazards": [
        {
          "kind": "table-rewrite",
          "reason": "fills public.t.token in every row, rewriting the table (ACCESS EXCLUSIVE lock)"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ADD COLUMN token uuid DEFAULT gen_random_uuid()",
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
      "summary": "add column public.t.added",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "added"
      },
      "source": "[table-rewrite: a volatile default fills every row] desired:1:75",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ADD COLUMN added timestamp with time zone DEFAULT now()",
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
### schemac plan: 2 changes

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➕ add column public.t.token | 🟠 `table-rewrite` fills public.t.token in every row, rewriting the table (ACCESS EXCLUSIVE lock) |
| 2 | ➕ add column public.t.added |  |

<details><summary>SQL (2 statements)</summary>

```sql
ALTER TABLE public.t ADD COLUMN token uuid DEFAULT gen_random_uuid();
ALTER TABLE public.t ADD COLUMN added timestamp with time zone DEFAULT now();
```

</details>

# case: long-lock: an index on an existing table
-- current
CREATE TABLE t (id int PRIMARY KEY, email text);
-- desired
CREATE TABLE t (id int PRIMARY KEY, email text);
CREATE INDEX t_email_idx ON t (email);
-- text
Plan: 1 change
  from: current
  to:   desired

1. + create index t_email_idx on public.t  ([long-lock: an index on an existing table] desired:2:1)
     CREATE INDEX t_email_idx ON public.t (email);
     ! long-lock: builds index t_email_idx on existing table public.t while blocking writes to it (SHARE lock)
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 1,
    "statements": 1,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 0,
      "long-lock": 1,
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "create",
      "summary": "create index t_email_idx on public.t",
      "object": {
        "kind": "index",
        "schema": "public",
        "name": "t",
        "member": "t_email_idx"
      },
      "source": "[long-lock: an index on an existing table] desired:2:1",
      "hazards": [
        {
          "kind": "long-lock",
          "reason": "builds index t_email_idx on existing table public.t while blocking writes to it (SHARE lock)"
        }
      ],
      "statements": [
        {
          "sql": "CREATE INDEX t_email_idx ON public.t (email)",
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
### schemac plan: 1 change

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➕ create index t_email_idx on public.t | 🟡 `long-lock` builds index t_email_idx on existing table public.t while blocking writes to it (SHARE lock) |

<details><summary>SQL (1 statement)</summary>

```sql
CREATE INDEX t_email_idx ON public.t (email);
```

</details>

# case: long-lock: a foreign key, a check and a unique key added to existing tables
-- current
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int, n int, code text);
-- desired
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p, n int CHECK (n > 0), code text UNIQUE);
-- text
Plan: 3 changes
  from: current
  to:   desired

1. + add unique constraint c_code_key on public.c  ([long-lock: a foreign key, a check and a unique key added to existing tables] desired:2:91)
     ALTER TABLE public.c ADD CONSTRAINT c_code_key UNIQUE (code);
     ! long-lock: builds the index of unique constraint c_code_key on public.c while blocking reads and writes (ACCESS EXCLUSIVE lock)
2. + add check constraint c_n_check on public.c  ([long-lock: a foreign key, a check and a unique key added to existing tables] desired:2:66)
     ALTER TABLE public.c ADD CONSTRAINT c_n_check CHECK (n > 0);
     ! long-lock: validating check c_n_check reads every row of public.c while blocking reads and writes (ACCESS EXCLUSIVE lock)
3. + add foreign key c_p_id_fkey on public.c  ([long-lock: a foreign key, a check and a unique key added to existing tables] desired:2:46)
     ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id);
     ! long-lock: validating foreign key c_p_id_fkey reads every row of public.c while blocking writes to it and to public.p (SHARE ROW EXCLUSIVE lock)
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 3,
    "statements": 3,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 0,
      "long-lock": 3,
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "create",
      "summary": "add unique constraint c_code_key on public.c",
      "object": {
        "kind": "unique constraint",
        "schema": "public",
        "name": "c",
        "member": "c_code_key"
      },
      "source": "[long-lock: a foreign key, a check and a unique key added to existing tables] desired:2:91",
      "hazards": [
        {
          "kind": "long-lock",
          "reason": "builds the index of unique constraint c_code_key on public.c while blocking reads and writes (ACCESS EXCLUSIVE lock)"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.c ADD CONSTRAINT c_code_key UNIQUE (code)",
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
      "summary": "add check constraint c_n_check on public.c",
      "object": {
        "kind": "check constraint",
        "schema": "public",
        "name": "c",
        "member": "c_n_check"
      },
      "source": "[long-lock: a foreign key, a check and a unique key added to existing tables] desired:2:66",
      "hazards": [
        {
          "kind": "long-lock",
          "reason": "validating check c_n_check reads every row of public.c while blocking reads and writes (ACCESS EXCLUSIVE lock)"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.c ADD CONSTRAINT c_n_check CHECK (n > 0)",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 3,
      "action": "create",
      "summary": "add foreign key c_p_id_fkey on public.c",
      "object": {
        "kind": "foreign key",
        "schema": "public",
        "name": "c",
        "member": "c_p_id_fkey"
      },
      "source": "[long-lock: a foreign key, a check and a unique key added to existing tables] desired:2:46",
      "hazards": [
        {
          "kind": "long-lock",
          "reason": "validating foreign key c_p_id_fkey reads every row of public.c while blocking writes to it and to public.p (SHARE ROW EXCLUSIVE lock)"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id)",
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
### schemac plan: 3 changes

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➕ add unique constraint c_code_key on public.c | 🟡 `long-lock` builds the index of unique constraint c_code_key on public.c while blocking reads and writes (ACCESS EXCLUSIVE lock) |
| 2 | ➕ add check constraint c_n_check on public.c | 🟡 `long-lock` validating check c_n_check reads every row of public.c while blocking reads and writes (ACCESS EXCLUSIVE lock) |
| 3 | ➕ add foreign key c_p_id_fkey on public.c | 🟡 `long-lock` validating foreign key c_p_id_fkey reads every row of public.c while blocking writes to it and to public.p (SHARE ROW EXCLUSIVE lock) |

<details><summary>SQL (3 statements)</summary>

```sql
ALTER TABLE public.c ADD CONSTRAINT c_code_key UNIQUE (code);
ALTER TABLE public.c ADD CONSTRAINT c_n_check CHECK (n > 0);
ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id);
```

</details>

# case: long-lock: SET NOT NULL scans the table
-- current
CREATE TABLE t (id int PRIMARY KEY, email text);
-- desired
CREATE TABLE t (id int PRIMARY KEY, email text NOT NULL);
-- text
Plan: 1 change
  from: current
  to:   desired

1. ~ set not null on column public.t.email  ([long-lock: SET NOT NULL scans the table] desired:1:37)
     ALTER TABLE public.t ALTER COLUMN email SET NOT NULL;
     ! long-lock: SET NOT NULL scans every row of public.t while blocking reads and writes (ACCESS EXCLUSIVE lock)
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 1,
    "statements": 1,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 0,
      "long-lock": 1,
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "alter",
      "summary": "set not null on column public.t.email",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "email"
      },
      "source": "[long-lock: SET NOT NULL scans the table] desired:1:37",
      "hazards": [
        {
          "kind": "long-lock",
          "reason": "SET NOT NULL scans every row of public.t while blocking reads and writes (ACCESS EXCLUSIVE lock)"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ALTER COLUMN email SET NOT NULL",
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
### schemac plan: 1 change

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ✏️ set not null on column public.t.email | 🟡 `long-lock` SET NOT NULL scans every row of public.t while blocking reads and writes (ACCESS EXCLUSIVE lock) |

<details><summary>SQL (1 statement)</summary>

```sql
ALTER TABLE public.t ALTER COLUMN email SET NOT NULL;
```

</details>

# case: no long-lock on a new table
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY, email text NOT NULL CHECK (email <> ''));
CREATE INDEX t_email_idx ON t (email);
-- text
Plan: 2 changes
  from: current
  to:   desired

1. + create table public.t  ([no long-lock on a new table] desired:1:1)
     CREATE TABLE public.t (id integer PRIMARY KEY, email text NOT NULL, CONSTRAINT t_email_check CHECK (email <> ''));
2. + create index t_email_idx on public.t  ([no long-lock on a new table] desired:2:1)
     CREATE INDEX t_email_idx ON public.t (email);
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 2,
    "statements": 2,
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
      "summary": "create table public.t",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "t",
        "member": null
      },
      "source": "[no long-lock on a new table] desired:1:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE TABLE public.t (id integer PRIMARY KEY, email text NOT NULL, CONSTRAINT t_email_check CHECK (email <> ''))",
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
      "source": "[no long-lock on a new table] desired:2:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE INDEX t_email_idx ON public.t (email)",
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
### schemac plan: 2 changes

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➕ create table public.t |  |
| 2 | ➕ create index t_email_idx on public.t |  |

<details><summary>SQL (2 statements)</summary>

```sql
CREATE TABLE public.t (id integer PRIMARY KEY, email text NOT NULL, CONSTRAINT t_email_check CHECK (email <> ''));
CREATE INDEX t_email_idx ON public.t (email);
```

</details>

# case: irreversible: an enum value removed
-- current
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
-- desired
CREATE TYPE mood AS ENUM ('sad', 'happy');
-- text
Plan: 3 changes
  from: current
  to:   desired

1. ~ rename enum type public.mood to mood__schemac_old  ([irreversible: an enum value removed] desired:1:1)
     ALTER TYPE public.mood RENAME TO mood__schemac_old;
     ! irreversible: rebuilds enum type public.mood; rows holding a removed value ('ok') make the migration fail
2. + create enum type public.mood  ([irreversible: an enum value removed] desired:1:1)
     CREATE TYPE public.mood AS ENUM ('sad', 'happy');
3. - drop enum type public.mood__schemac_old
     DROP TYPE public.mood__schemac_old;
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 3,
    "statements": 3,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 0,
      "long-lock": 0,
      "irreversible": 1,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "alter",
      "summary": "rename enum type public.mood to mood__schemac_old",
      "object": {
        "kind": "type",
        "schema": "public",
        "name": "mood",
        "member": null
      },
      "source": "[irreversible: an enum value removed] desired:1:1",
      "hazards": [
        {
          "kind": "irreversible",
          "reason": "rebuilds enum type public.mood; rows holding a removed value ('ok') make the migration fail"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TYPE public.mood RENAME TO mood__schemac_old",
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
      "summary": "create enum type public.mood",
      "object": {
        "kind": "type",
        "schema": "public",
        "name": "mood",
        "member": null
      },
      "source": "[irreversible: an enum value removed] desired:1:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE TYPE public.mood AS ENUM ('sad', 'happy')",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 3,
      "action": "drop",
      "summary": "drop enum type public.mood__schemac_old",
      "object": {
        "kind": "type",
        "schema": "public",
        "name": "mood",
        "member": null
      },
      "source": null,
      "hazards": [],
      "statements": [
        {
          "sql": "DROP TYPE public.mood__schemac_old",
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
### schemac plan: 3 changes

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ✏️ rename enum type public.mood to mood__schemac_old | 🟣 `irreversible` rebuilds enum type public.mood; rows holding a removed value ('ok') make the migration fail |
| 2 | ➕ create enum type public.mood |  |
| 3 | ➖ drop enum type public.mood__schemac_old |  |

<details><summary>SQL (3 statements)</summary>

```sql
ALTER TYPE public.mood RENAME TO mood__schemac_old;
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
DROP TYPE public.mood__schemac_old;
```

</details>

# case: backward-incompatible: a view dropped, an enum value renamed
-- current
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (id int PRIMARY KEY);
CREATE VIEW v AS SELECT id FROM t;
-- desired
CREATE TYPE mood AS ENUM ('sad', 'fine');
CREATE TABLE t (id int PRIMARY KEY);
-- text
Plan: 2 changes
  from: current
  to:   desired

1. - drop view public.v
     DROP VIEW public.v;
     ! backward-incompatible: drops view public.v; queries that read it fail
2. ~ rename value 'ok' of enum type public.mood to 'fine'  ([backward-incompatible: a view dropped, an enum value renamed] desired:1:1)
     ALTER TYPE public.mood RENAME VALUE 'ok' TO 'fine';
     ! backward-incompatible: renames value 'ok' of enum type public.mood to 'fine': rows holding it now hold 'fine'
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 2,
    "statements": 2,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 0,
      "long-lock": 0,
      "irreversible": 0,
      "backward-incompatible": 2
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "drop",
      "summary": "drop view public.v",
      "object": {
        "kind": "view",
        "schema": "public",
        "name": "v",
        "member": null
      },
      "source": null,
      "hazards": [
        {
          "kind": "backward-incompatible",
          "reason": "drops view public.v; queries that read it fail"
        }
      ],
      "statements": [
        {
          "sql": "DROP VIEW public.v",
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
      "summary": "rename value 'ok' of enum type public.mood to 'fine'",
      "object": {
        "kind": "type",
        "schema": "public",
        "name": "mood",
        "member": null
      },
      "source": "[backward-incompatible: a view dropped, an enum value renamed] desired:1:1",
      "hazards": [
        {
          "kind": "backward-incompatible",
          "reason": "renames value 'ok' of enum type public.mood to 'fine': rows holding it now hold 'fine'"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TYPE public.mood RENAME VALUE 'ok' TO 'fine'",
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
### schemac plan: 2 changes

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➖ drop view public.v | 🔵 `backward-incompatible` drops view public.v; queries that read it fail |
| 2 | ✏️ rename value 'ok' of enum type public.mood to 'fine' | 🔵 `backward-incompatible` renames value 'ok' of enum type public.mood to 'fine': rows holding it now hold 'fine' |

<details><summary>SQL (2 statements)</summary>

```sql
DROP VIEW public.v;
ALTER TYPE public.mood RENAME VALUE 'ok' TO 'fine';
```

</details>

# case: an extension going back to an older version is dropped and made again: data loss, irreversible, refused without --allow-destructive
-- current
CREATE EXTENSION hstore VERSION '1.8';
-- desired
CREATE EXTENSION hstore VERSION '1.7';
-- text
Plan: 2 changes (1 destructive)
  from: current
  to:   desired

1. - drop extension hstore
     DROP EXTENSION hstore;
     ! data-loss: drops extension hstore to create it again at version 1.7 (extensions update forward only: nothing leads from 1.8 back): what it defines goes with it, and the migration fails while other objects (columns of its types, indexes using its operators) depend on it
     ! irreversible: extension hstore goes back from 1.8 to 1.7 by being dropped and created again
2. + create extension hstore  ([an extension going back to an older version is dropped and made again: data loss, irreversible, refused without --allow-destructive] desired:1:1)
     CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public VERSION '1.7';

1 change loses data; pass --allow-destructive to emit it
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 2,
    "statements": 2,
    "destructive": 1,
    "hazards": {
      "data-loss": 1,
      "table-rewrite": 0,
      "long-lock": 0,
      "irreversible": 1,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "drop",
      "summary": "drop extension hstore",
      "object": {
        "kind": "extension",
        "schema": "hstore",
        "name": "hstore",
        "member": null
      },
      "source": null,
      "hazards": [
        {
          "kind": "data-loss",
          "reason": "drops extension hstore to create it again at version 1.7 (extensions update forward only: nothing leads from 1.8 back): what it defines goes with it, and the migration fails while other objects (columns of its types, indexes using its operators) depend on it"
        },
        {
          "kind": "irreversible",
          "reason": "extension hstore goes back from 1.8 to 1.7 by being dropped and created again"
        }
      ],
      "statements": [
        {
          "sql": "DROP EXTENSION hstore",
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
      "summary": "create extension hstore",
      "object": {
        "kind": "extension",
        "schema": "hstore",
        "name": "hstore",
        "member": null
      },
      "source": "[an extension going back to an older version is dropped and made again: data loss, irreversible, refused without --allow-destructive] desired:1:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public VERSION '1.7'",
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
### schemac plan: 2 changes, 1 destructive

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➖ drop extension hstore | 🔴 `data-loss` drops extension hstore to create it again at version 1.7 (extensions update forward only: nothing leads from 1.8 back): what it defines goes with it, and the migration fails while other objects (columns of its types, indexes using its operators) depend on it<br>🟣 `irreversible` extension hstore goes back from 1.8 to 1.7 by being dropped and created again |
| 2 | ➕ create extension hstore |  |

> [!CAUTION]
> 1 change loses data: emitted only with `--allow-destructive`.

<details><summary>SQL (2 statements)</summary>

```sql
DROP EXTENSION hstore;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public VERSION '1.7';
```

</details>

# case: table-rewrite: a plain table made partitioned keeps its rows, one column dropped
-- current
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, legacy text);
-- desired
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE logs_all PARTITION OF logs DEFAULT;
-- text
Plan: 5 changes (1 destructive)
  from: current
  to:   desired

1. ~ hold the rows of public.logs while it is made again  ([table-rewrite: a plain table made partitioned keeps its rows, one column dropped] desired:1:1)
     CREATE TEMPORARY TABLE schemac_rows_logs AS SELECT * FROM public.logs;
     ! table-rewrite: makes public.logs again, partitioned by RANGE (at) (not partitioned before): every row is copied to a temporary table and back, under an ACCESS EXCLUSIVE lock; a row no new partition takes stops the migration
     ! data-loss: drops column public.logs.legacy and its data
2. - drop table public.logs
     DROP TABLE public.logs;
3. + create table public.logs  ([table-rewrite: a plain table made partitioned keeps its rows, one column dropped] desired:1:1)
     CREATE TABLE public.logs (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
4. + create table public.logs_all  ([table-rewrite: a plain table made partitioned keeps its rows, one column dropped] desired:2:1)
     CREATE TABLE public.logs_all PARTITION OF public.logs DEFAULT;
5. ~ put the rows of public.logs back  ([table-rewrite: a plain table made partitioned keeps its rows, one column dropped] desired:1:1)
     INSERT INTO public.logs (id, at) OVERRIDING SYSTEM VALUE SELECT id, at FROM pg_temp.schemac_rows_logs;
     DROP TABLE pg_temp.schemac_rows_logs;

1 change loses data; pass --allow-destructive to emit it
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
    "lock_timeout": null,
    "statement_timeout": null
  },
  "summary": {
    "changes": 5,
    "statements": 6,
    "destructive": 1,
    "hazards": {
      "data-loss": 1,
      "table-rewrite": 1,
      "long-lock": 0,
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "alter",
      "summary": "hold the rows of public.logs while it is made again",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "logs",
        "member": null
      },
      "source": "[table-rewrite: a plain table made partitioned keeps its rows, one column dropped] desired:1:1",
      "hazards": [
        {
          "kind": "table-rewrite",
          "reason": "makes public.logs again, partitioned by RANGE (at) (not partitioned before): every row is copied to a temporary table and back, under an ACCESS EXCLUSIVE lock; a row no new partition takes stops the migration"
        },
        {
          "kind": "data-loss",
          "reason": "drops column public.logs.legacy and its data"
        }
      ],
      "statements": [
        {
          "sql": "CREATE TEMPORARY TABLE schemac_rows_logs AS SELECT * FROM public.logs",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 2,
      "action": "drop",
      "summary": "drop table public.logs",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "logs",
        "member": null
      },
      "source": null,
      "hazards": [],
      "statements": [
        {
          "sql": "DROP TABLE public.logs",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 3,
      "action": "create",
      "summary": "create table public.logs",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "logs",
        "member": null
      },
      "source": "[table-rewrite: a plain table made partitioned keeps its rows, one column dropped] desired:1:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE TABLE public.logs (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at)",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 4,
      "action": "create",
      "summary": "create table public.logs_all",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "logs_all",
        "member": null
      },
      "source": "[table-rewrite: a plain table made partitioned keeps its rows, one column dropped] desired:2:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE TABLE public.logs_all PARTITION OF public.logs DEFAULT",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 5,
      "action": "alter",
      "summary": "put the rows of public.logs back",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "logs",
        "member": null
      },
      "source": "[table-rewrite: a plain table made partitioned keeps its rows, one column dropped] desired:1:1",
      "hazards": [],
      "statements": [
        {
          "sql": "INSERT INTO public.logs (id, at) OVERRIDING SYSTEM VALUE SELECT id, at FROM pg_temp.schemac_rows_logs",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        },
        {
          "sql": "DROP TABLE pg_temp.schemac_rows_logs",
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
### schemac plan: 5 changes, 1 destructive

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ✏️ hold the rows of public.logs while it is made again | 🟠 `table-rewrite` makes public.logs again, partitioned by RANGE (at) (not partitioned before): every row is copied to a temporary table and back, under an ACCESS EXCLUSIVE lock; a row no new partition takes stops the migration<br>🔴 `data-loss` drops column public.logs.legacy and its data |
| 2 | ➖ drop table public.logs |  |
| 3 | ➕ create table public.logs |  |
| 4 | ➕ create table public.logs_all |  |
| 5 | ✏️ put the rows of public.logs back |  |

> [!CAUTION]
> 1 change loses data: emitted only with `--allow-destructive`.

<details><summary>SQL (6 statements)</summary>

```sql
CREATE TEMPORARY TABLE schemac_rows_logs AS SELECT * FROM public.logs;
DROP TABLE public.logs;
CREATE TABLE public.logs (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.logs_all PARTITION OF public.logs DEFAULT;
INSERT INTO public.logs (id, at) OVERRIDING SYSTEM VALUE SELECT id, at FROM pg_temp.schemac_rows_logs;
DROP TABLE pg_temp.schemac_rows_logs;
```

</details>
