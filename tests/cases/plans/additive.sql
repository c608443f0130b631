# Plans with --additive-only: nothing is dropped or narrowed; what is left
# out is listed. (Not run as convergence: the result is not the desired
# schema, by design.)

# case: drops and a narrowing are left out, additions stay
-- current
CREATE TABLE old_stuff (id int PRIMARY KEY);
CREATE TABLE users (id int PRIMARY KEY, email varchar(200), legacy text, score bigint);
CREATE INDEX users_legacy_idx ON users (legacy);
-- desired
CREATE TABLE users (id int PRIMARY KEY, email varchar(200), score int, bio text);
CREATE INDEX users_email_idx ON users (email);
-- options
--additive-only
-- text
Plan: 2 changes
  from: current
  to:   desired

1. + add column public.users.bio  ([drops and a narrowing are left out, additions stay] desired:1:72)
     ALTER TABLE public.users ADD COLUMN bio text;
2. + create index users_email_idx on public.users  ([drops and a narrowing are left out, additions stay] desired:2:1)
     CREATE INDEX users_email_idx ON public.users (email);
     ! long-lock: builds index users_email_idx on existing table public.users while blocking writes to it (SHARE lock)

Left out by --additive-only:
  - drop index users_legacy_idx on public.users
  - drop table public.old_stuff (data-loss: drops table public.old_stuff and all its rows)
  - drop column public.users.legacy (data-loss: drops column public.users.legacy and its data)
  - change type of column public.users.score from bigint to integer (data-loss: changing public.users.score from bigint to integer may lose or reject values)

Possible renames (a drop and an add that look alike):
  - column public.users.legacy looks renamed to bio: --rename column:public.users.legacy=bio, or `-- schemac:renamed-from legacy` after column bio
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
    "additive_only": true,
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
      "summary": "add column public.users.bio",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "users",
        "member": "bio"
      },
      "source": "[drops and a narrowing are left out, additions stay] desired:1:72",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.users ADD COLUMN bio text",
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
      "summary": "create index users_email_idx on public.users",
      "object": {
        "kind": "index",
        "schema": "public",
        "name": "users",
        "member": "users_email_idx"
      },
      "source": "[drops and a narrowing are left out, additions stay] desired:2:1",
      "hazards": [
        {
          "kind": "long-lock",
          "reason": "builds index users_email_idx on existing table public.users while blocking writes to it (SHARE lock)"
        }
      ],
      "statements": [
        {
          "sql": "CREATE INDEX users_email_idx ON public.users (email)",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    }
  ],
  "epilogue": [],
  "skipped": [
    "drop index users_legacy_idx on public.users",
    "drop table public.old_stuff (data-loss: drops table public.old_stuff and all its rows)",
    "drop column public.users.legacy (data-loss: drops column public.users.legacy and its data)",
    "change type of column public.users.score from bigint to integer (data-loss: changing public.users.score from bigint to integer may lose or reject values)"
  ],
  "suggestions": [
    "column public.users.legacy looks renamed to bio: --rename column:public.users.legacy=bio, or `-- schemac:renamed-from legacy` after column bio"
  ]
}
-- markdown
### schemac plan: 2 changes

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➕ add column public.users.bio |  |
| 2 | ➕ create index users_email_idx on public.users | 🟡 `long-lock` builds index users_email_idx on existing table public.users while blocking writes to it (SHARE lock) |

<details><summary>SQL (2 statements)</summary>

```sql
ALTER TABLE public.users ADD COLUMN bio text;
CREATE INDEX users_email_idx ON public.users (email);
```

</details>

**Left out by `--additive-only`:**

- drop index users_legacy_idx on public.users
- drop table public.old_stuff (data-loss: drops table public.old_stuff and all its rows)
- drop column public.users.legacy (data-loss: drops column public.users.legacy and its data)
- change type of column public.users.score from bigint to integer (data-loss: changing public.users.score from bigint to integer may lose or reject values)

**Possible renames** (a drop and an add that look alike):

- column public.users.legacy looks renamed to bio: --rename column:public.users.legacy=bio, or `-- schemac:renamed-from legacy` after column bio

# case: a view made again over a changed table is not a drop
-- current
CREATE TABLE t (id int PRIMARY KEY, n int);
CREATE VIEW v AS SELECT id, n FROM t;
-- desired
CREATE TABLE t (id int PRIMARY KEY, n bigint);
CREATE VIEW v AS SELECT id, n FROM t;
-- options
--additive-only
-- text
Plan: 3 changes
  from: current
  to:   desired

1. - drop view public.v
     DROP VIEW public.v;
2. ~ change type of column public.t.n from integer to bigint  ([a view made again over a changed table is not a drop] desired:1:37)
     ALTER TABLE public.t ALTER COLUMN n TYPE bigint;
     ! table-rewrite: ALTER COLUMN TYPE bigint rewrites public.t and rebuilds its indexes (ACCESS EXCLUSIVE lock)
3. + create view public.v  ([a view made again over a changed table is not a drop] desired:2:1)
     CREATE VIEW public.v AS SELECT id, n FROM public.t;
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
    "additive_only": true,
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
      "action": "drop",
      "summary": "drop view public.v",
      "object": {
        "kind": "view",
        "schema": "public",
        "name": "v",
        "member": null
      },
      "source": null,
      "hazards": [],
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
      "summary": "change type of column public.t.n from integer to bigint",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "t",
        "member": "n"
      },
      "source": "[a view made again over a changed table is not a drop] desired:1:37",
      "hazards": [
        {
          "kind": "table-rewrite",
          "reason": "ALTER COLUMN TYPE bigint rewrites public.t and rebuilds its indexes (ACCESS EXCLUSIVE lock)"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.t ALTER COLUMN n TYPE bigint",
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
      "summary": "create view public.v",
      "object": {
        "kind": "view",
        "schema": "public",
        "name": "v",
        "member": null
      },
      "source": "[a view made again over a changed table is not a drop] desired:2:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE VIEW public.v AS SELECT id, n FROM public.t",
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
| 1 | ➖ drop view public.v |  |
| 2 | ✏️ change type of column public.t.n from integer to bigint | 🟠 `table-rewrite` ALTER COLUMN TYPE bigint rewrites public.t and rebuilds its indexes (ACCESS EXCLUSIVE lock) |
| 3 | ➕ create view public.v |  |

<details><summary>SQL (3 statements)</summary>

```sql
DROP VIEW public.v;
ALTER TABLE public.t ALTER COLUMN n TYPE bigint;
CREATE VIEW public.v AS SELECT id, n FROM public.t;
```

</details>
