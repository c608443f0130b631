# Plans: renames. Without a hint a rename is a drop and an add (and the data
# goes): the plan says which hint would make it a rename. With --rename or a
# `-- schemac:renamed-from OLD` comment it is ALTER ... RENAME, and keys,
# indexes and serial sequences named after the table follow it. The same hint
# serves the down migration.

# case: a renamed column without a hint is a drop and an add, with a suggestion
-- current
CREATE TABLE users (id int PRIMARY KEY, mail text);
-- desired
CREATE TABLE users (id int PRIMARY KEY, email text);
-- options
--allow-destructive
-- text
Plan: 2 changes (1 destructive)
  from: current
  to:   desired

1. - drop column public.users.mail
     ALTER TABLE public.users DROP COLUMN mail;
     ! data-loss: drops column public.users.mail and its data
2. + add column public.users.email  ([a renamed column without a hint is a drop and an add, with a suggestion] desired:1:41)
     ALTER TABLE public.users ADD COLUMN email text;

Possible renames (a drop and an add that look alike):
  - column public.users.mail looks renamed to email: --rename column:public.users.mail=email, or `-- schemac:renamed-from mail` after column email
-- json
{
  "format": "schemac.plan",
  "format_version": 1,
  "dialect": "postgres",
  "from": "current",
  "to": "desired",
  "from_fingerprint": null,
  "options": {
    "allow_destructive": true,
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
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "drop",
      "summary": "drop column public.users.mail",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "users",
        "member": "mail"
      },
      "source": null,
      "hazards": [
        {
          "kind": "data-loss",
          "reason": "drops column public.users.mail and its data"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.users DROP COLUMN mail",
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
      "summary": "add column public.users.email",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "users",
        "member": "email"
      },
      "source": "[a renamed column without a hint is a drop and an add, with a suggestion] desired:1:41",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.users ADD COLUMN email text",
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
  "suggestions": [
    "column public.users.mail looks renamed to email: --rename column:public.users.mail=email, or `-- schemac:renamed-from mail` after column email"
  ]
}
-- markdown
### schemac plan: 2 changes, 1 destructive

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➖ drop column public.users.mail | 🔴 `data-loss` drops column public.users.mail and its data |
| 2 | ➕ add column public.users.email |  |

<details><summary>SQL (2 statements)</summary>

```sql
ALTER TABLE public.users DROP COLUMN mail;
ALTER TABLE public.users ADD COLUMN email text;
```

</details>

**Possible renames** (a drop and an add that look alike):

- column public.users.mail looks renamed to email: --rename column:public.users.mail=email, or `-- schemac:renamed-from mail` after column email

# case: --rename column
-- current
CREATE TABLE users (id int PRIMARY KEY, mail text NOT NULL);
CREATE INDEX users_mail_idx ON users (mail);
-- desired
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
CREATE INDEX users_mail_idx ON users (email);
-- options
--rename column:public.users.mail=email
-- text
Plan: 1 change
  from: current
  to:   desired

1. ~ rename column public.users.mail to email
     ALTER TABLE public.users RENAME COLUMN mail TO email;
     ! backward-incompatible: renames column public.users.mail to email: code that uses the old name fails
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
      "long-lock": 0,
      "irreversible": 0,
      "backward-incompatible": 1
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "alter",
      "summary": "rename column public.users.mail to email",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "users",
        "member": "email"
      },
      "source": null,
      "hazards": [
        {
          "kind": "backward-incompatible",
          "reason": "renames column public.users.mail to email: code that uses the old name fails"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.users RENAME COLUMN mail TO email",
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
| 1 | ✏️ rename column public.users.mail to email | 🔵 `backward-incompatible` renames column public.users.mail to email: code that uses the old name fails |

<details><summary>SQL (1 statement)</summary>

```sql
ALTER TABLE public.users RENAME COLUMN mail TO email;
```

</details>

# case: a renamed-from comment on a column
-- current
CREATE TABLE users (id int PRIMARY KEY, mail text UNIQUE);
-- desired
CREATE TABLE users (
  id int PRIMARY KEY,
  email text UNIQUE  -- schemac:renamed-from mail
);
-- text
Plan: 2 changes
  from: current
  to:   desired

1. ~ rename column public.users.mail to email
     ALTER TABLE public.users RENAME COLUMN mail TO email;
     ! backward-incompatible: renames column public.users.mail to email: code that uses the old name fails
2. ~ rename constraint users_mail_key on public.users to users_email_key
     ALTER TABLE public.users RENAME CONSTRAINT users_mail_key TO users_email_key;
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
      "backward-incompatible": 1
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "alter",
      "summary": "rename column public.users.mail to email",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "users",
        "member": "email"
      },
      "source": null,
      "hazards": [
        {
          "kind": "backward-incompatible",
          "reason": "renames column public.users.mail to email: code that uses the old name fails"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.users RENAME COLUMN mail TO email",
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
      "summary": "rename constraint users_mail_key on public.users to users_email_key",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "users",
        "member": "users_email_key"
      },
      "source": null,
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.users RENAME CONSTRAINT users_mail_key TO users_email_key",
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
| 1 | ✏️ rename column public.users.mail to email | 🔵 `backward-incompatible` renames column public.users.mail to email: code that uses the old name fails |
| 2 | ✏️ rename constraint users_mail_key on public.users to users_email_key |  |

<details><summary>SQL (2 statements)</summary>

```sql
ALTER TABLE public.users RENAME COLUMN mail TO email;
ALTER TABLE public.users RENAME CONSTRAINT users_mail_key TO users_email_key;
```

</details>

# case: a renamed table without a hint, with a suggestion
-- current
CREATE TABLE users (id int PRIMARY KEY, name text);
-- desired
CREATE TABLE accounts (id int PRIMARY KEY, name text);
-- options
--allow-destructive
-- text
Plan: 2 changes (1 destructive)
  from: current
  to:   desired

1. - drop table public.users
     DROP TABLE public.users;
     ! data-loss: drops table public.users and all its rows
2. + create table public.accounts  ([a renamed table without a hint, with a suggestion] desired:1:1)
     CREATE TABLE public.accounts (id integer PRIMARY KEY, name text);

Possible renames (a drop and an add that look alike):
  - table public.users looks renamed to accounts: --rename table:public.users=public.accounts, or `-- schemac:renamed-from users` before CREATE TABLE accounts
-- json
{
  "format": "schemac.plan",
  "format_version": 1,
  "dialect": "postgres",
  "from": "current",
  "to": "desired",
  "from_fingerprint": null,
  "options": {
    "allow_destructive": true,
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
      "irreversible": 0,
      "backward-incompatible": 0
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "drop",
      "summary": "drop table public.users",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "users",
        "member": null
      },
      "source": null,
      "hazards": [
        {
          "kind": "data-loss",
          "reason": "drops table public.users and all its rows"
        }
      ],
      "statements": [
        {
          "sql": "DROP TABLE public.users",
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
      "summary": "create table public.accounts",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "accounts",
        "member": null
      },
      "source": "[a renamed table without a hint, with a suggestion] desired:1:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE TABLE public.accounts (id integer PRIMARY KEY, name text)",
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
  "suggestions": [
    "table public.users looks renamed to accounts: --rename table:public.users=public.accounts, or `-- schemac:renamed-from users` before CREATE TABLE accounts"
  ]
}
-- markdown
### schemac plan: 2 changes, 1 destructive

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ➖ drop table public.users | 🔴 `data-loss` drops table public.users and all its rows |
| 2 | ➕ create table public.accounts |  |

<details><summary>SQL (2 statements)</summary>

```sql
DROP TABLE public.users;
CREATE TABLE public.accounts (id integer PRIMARY KEY, name text);
```

</details>

**Possible renames** (a drop and an add that look alike):

- table public.users looks renamed to accounts: --rename table:public.users=public.accounts, or `-- schemac:renamed-from users` before CREATE TABLE accounts

# case: --rename table: keys, indexes and the serial sequence follow
-- current
CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE, team int);
CREATE INDEX users_team_idx ON users (team);
CREATE TABLE posts (id int PRIMARY KEY, author int REFERENCES users (id));
-- desired
CREATE TABLE accounts (id serial PRIMARY KEY, email text UNIQUE, team int);
CREATE INDEX accounts_team_idx ON accounts (team);
CREATE TABLE posts (id int PRIMARY KEY, author int REFERENCES accounts (id));
-- options
--rename table:public.users=public.accounts
-- text
Plan: 6 changes
  from: current
  to:   desired

1. ~ rename table public.users to accounts
     ALTER TABLE public.users RENAME TO accounts;
     ! backward-incompatible: renames table public.users to accounts: code that uses the old name fails
2. ~ rename constraint users_pkey on public.accounts to accounts_pkey
     ALTER TABLE public.accounts RENAME CONSTRAINT users_pkey TO accounts_pkey;
3. ~ rename constraint users_email_key on public.accounts to accounts_email_key
     ALTER TABLE public.accounts RENAME CONSTRAINT users_email_key TO accounts_email_key;
4. ~ rename index public.users_team_idx to accounts_team_idx
     ALTER INDEX public.users_team_idx RENAME TO accounts_team_idx;
5. ~ rename sequence public.users_id_seq to accounts_id_seq  ([--rename table: keys, indexes and the serial sequence follow] desired:1:24)
     ALTER SEQUENCE public.users_id_seq RENAME TO accounts_id_seq;
6. ~ set default of column public.accounts.id  ([--rename table: keys, indexes and the serial sequence follow] desired:1:24)
     ALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);
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
    "changes": 6,
    "statements": 6,
    "destructive": 0,
    "hazards": {
      "data-loss": 0,
      "table-rewrite": 0,
      "long-lock": 0,
      "irreversible": 0,
      "backward-incompatible": 1
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "alter",
      "summary": "rename table public.users to accounts",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "accounts",
        "member": null
      },
      "source": null,
      "hazards": [
        {
          "kind": "backward-incompatible",
          "reason": "renames table public.users to accounts: code that uses the old name fails"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.users RENAME TO accounts",
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
      "summary": "rename constraint users_pkey on public.accounts to accounts_pkey",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "accounts",
        "member": "accounts_pkey"
      },
      "source": null,
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.accounts RENAME CONSTRAINT users_pkey TO accounts_pkey",
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
      "summary": "rename constraint users_email_key on public.accounts to accounts_email_key",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "accounts",
        "member": "accounts_email_key"
      },
      "source": null,
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.accounts RENAME CONSTRAINT users_email_key TO accounts_email_key",
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
      "summary": "rename index public.users_team_idx to accounts_team_idx",
      "object": {
        "kind": "index",
        "schema": "public",
        "name": "accounts",
        "member": "accounts_team_idx"
      },
      "source": null,
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER INDEX public.users_team_idx RENAME TO accounts_team_idx",
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
      "summary": "rename sequence public.users_id_seq to accounts_id_seq",
      "object": {
        "kind": "sequence",
        "schema": "public",
        "name": "accounts_id_seq",
        "member": null
      },
      "source": "[--rename table: keys, indexes and the serial sequence follow] desired:1:24",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER SEQUENCE public.users_id_seq RENAME TO accounts_id_seq",
          "placement": "transaction",
          "lock_timeout": null,
          "statement_timeout": null,
          "expect_no_rows": false
        }
      ]
    },
    {
      "number": 6,
      "action": "alter",
      "summary": "set default of column public.accounts.id",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "accounts",
        "member": "id"
      },
      "source": "[--rename table: keys, indexes and the serial sequence follow] desired:1:24",
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass)",
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
### schemac plan: 6 changes

`current` → `desired`

| # | Change | Hazards |
|---:|---|---|
| 1 | ✏️ rename table public.users to accounts | 🔵 `backward-incompatible` renames table public.users to accounts: code that uses the old name fails |
| 2 | ✏️ rename constraint users_pkey on public.accounts to accounts_pkey |  |
| 3 | ✏️ rename constraint users_email_key on public.accounts to accounts_email_key |  |
| 4 | ✏️ rename index public.users_team_idx to accounts_team_idx |  |
| 5 | ✏️ rename sequence public.users_id_seq to accounts_id_seq |  |
| 6 | ✏️ set default of column public.accounts.id |  |

<details><summary>SQL (6 statements)</summary>

```sql
ALTER TABLE public.users RENAME TO accounts;
ALTER TABLE public.accounts RENAME CONSTRAINT users_pkey TO accounts_pkey;
ALTER TABLE public.accounts RENAME CONSTRAINT users_email_key TO accounts_email_key;
ALTER INDEX public.users_team_idx RENAME TO accounts_team_idx;
ALTER SEQUENCE public.users_id_seq RENAME TO accounts_id_seq;
ALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);
```

</details>

# case: a renamed-from comment before CREATE TABLE, and a column renamed with it
-- current
CREATE TABLE app_user (id int PRIMARY KEY, mail text);
-- desired
-- schemac:renamed-from app_user
CREATE TABLE app_users (
  id int PRIMARY KEY,
  email text -- schemac:renamed-from mail
);
-- text
Plan: 3 changes
  from: current
  to:   desired

1. ~ rename table public.app_user to app_users
     ALTER TABLE public.app_user RENAME TO app_users;
     ! backward-incompatible: renames table public.app_user to app_users: code that uses the old name fails
2. ~ rename column public.app_users.mail to email
     ALTER TABLE public.app_users RENAME COLUMN mail TO email;
     ! backward-incompatible: renames column public.app_users.mail to email: code that uses the old name fails
3. ~ rename constraint app_user_pkey on public.app_users to app_users_pkey
     ALTER TABLE public.app_users RENAME CONSTRAINT app_user_pkey TO app_users_pkey;
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
      "irreversible": 0,
      "backward-incompatible": 2
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "alter",
      "summary": "rename table public.app_user to app_users",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "app_users",
        "member": null
      },
      "source": null,
      "hazards": [
        {
          "kind": "backward-incompatible",
          "reason": "renames table public.app_user to app_users: code that uses the old name fails"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.app_user RENAME TO app_users",
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
      "summary": "rename column public.app_users.mail to email",
      "object": {
        "kind": "column",
        "schema": "public",
        "name": "app_users",
        "member": "email"
      },
      "source": null,
      "hazards": [
        {
          "kind": "backward-incompatible",
          "reason": "renames column public.app_users.mail to email: code that uses the old name fails"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.app_users RENAME COLUMN mail TO email",
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
      "summary": "rename constraint app_user_pkey on public.app_users to app_users_pkey",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "app_users",
        "member": "app_users_pkey"
      },
      "source": null,
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.app_users RENAME CONSTRAINT app_user_pkey TO app_users_pkey",
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
| 1 | ✏️ rename table public.app_user to app_users | 🔵 `backward-incompatible` renames table public.app_user to app_users: code that uses the old name fails |
| 2 | ✏️ rename column public.app_users.mail to email | 🔵 `backward-incompatible` renames column public.app_users.mail to email: code that uses the old name fails |
| 3 | ✏️ rename constraint app_user_pkey on public.app_users to app_users_pkey |  |

<details><summary>SQL (3 statements)</summary>

```sql
ALTER TABLE public.app_user RENAME TO app_users;
ALTER TABLE public.app_users RENAME COLUMN mail TO email;
ALTER TABLE public.app_users RENAME CONSTRAINT app_user_pkey TO app_users_pkey;
```

</details>

# case: a view over a renamed table is made again over the new name
-- current
CREATE TABLE users (id int PRIMARY KEY, name text);
CREATE VIEW names AS SELECT name FROM users;
-- desired
CREATE TABLE accounts (id int PRIMARY KEY, name text);
CREATE VIEW names AS SELECT name FROM accounts;
-- options
--rename table:users=accounts
-- text
Plan: 4 changes
  from: current
  to:   desired

1. - drop view public.names
     DROP VIEW public.names;
2. ~ rename table public.users to accounts
     ALTER TABLE public.users RENAME TO accounts;
     ! backward-incompatible: renames table public.users to accounts: code that uses the old name fails
3. ~ rename constraint users_pkey on public.accounts to accounts_pkey
     ALTER TABLE public.accounts RENAME CONSTRAINT users_pkey TO accounts_pkey;
4. + create view public.names  ([a view over a renamed table is made again over the new name] desired:2:1)
     CREATE VIEW public.names AS SELECT name FROM public.accounts;
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
      "backward-incompatible": 1
    }
  },
  "prologue": [],
  "changes": [
    {
      "number": 1,
      "action": "drop",
      "summary": "drop view public.names",
      "object": {
        "kind": "view",
        "schema": "public",
        "name": "names",
        "member": null
      },
      "source": null,
      "hazards": [],
      "statements": [
        {
          "sql": "DROP VIEW public.names",
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
      "summary": "rename table public.users to accounts",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "accounts",
        "member": null
      },
      "source": null,
      "hazards": [
        {
          "kind": "backward-incompatible",
          "reason": "renames table public.users to accounts: code that uses the old name fails"
        }
      ],
      "statements": [
        {
          "sql": "ALTER TABLE public.users RENAME TO accounts",
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
      "summary": "rename constraint users_pkey on public.accounts to accounts_pkey",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "accounts",
        "member": "accounts_pkey"
      },
      "source": null,
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.accounts RENAME CONSTRAINT users_pkey TO accounts_pkey",
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
      "summary": "create view public.names",
      "object": {
        "kind": "view",
        "schema": "public",
        "name": "names",
        "member": null
      },
      "source": "[a view over a renamed table is made again over the new name] desired:2:1",
      "hazards": [],
      "statements": [
        {
          "sql": "CREATE VIEW public.names AS SELECT name FROM public.accounts",
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
| 1 | ➖ drop view public.names |  |
| 2 | ✏️ rename table public.users to accounts | 🔵 `backward-incompatible` renames table public.users to accounts: code that uses the old name fails |
| 3 | ✏️ rename constraint users_pkey on public.accounts to accounts_pkey |  |
| 4 | ➕ create view public.names |  |

<details><summary>SQL (4 statements)</summary>

```sql
DROP VIEW public.names;
ALTER TABLE public.users RENAME TO accounts;
ALTER TABLE public.accounts RENAME CONSTRAINT users_pkey TO accounts_pkey;
CREATE VIEW public.names AS SELECT name FROM public.accounts;
```

</details>

# case: a constraint renamed in the file is renamed, not made again
-- current
CREATE TABLE t (id int PRIMARY KEY, n int CONSTRAINT n_positive CHECK (n > 0));
-- desired
CREATE TABLE t (id int PRIMARY KEY, n int CONSTRAINT n_above_zero CHECK (n > 0));
-- text
Plan: 1 change
  from: current
  to:   desired

1. ~ rename constraint n_positive on public.t to n_above_zero
     ALTER TABLE public.t RENAME CONSTRAINT n_positive TO n_above_zero;
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
      "summary": "rename constraint n_positive on public.t to n_above_zero",
      "object": {
        "kind": "table",
        "schema": "public",
        "name": "t",
        "member": "n_above_zero"
      },
      "source": null,
      "hazards": [],
      "statements": [
        {
          "sql": "ALTER TABLE public.t RENAME CONSTRAINT n_positive TO n_above_zero",
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
| 1 | ✏️ rename constraint n_positive on public.t to n_above_zero |  |

<details><summary>SQL (1 statement)</summary>

```sql
ALTER TABLE public.t RENAME CONSTRAINT n_positive TO n_above_zero;
```

</details>
